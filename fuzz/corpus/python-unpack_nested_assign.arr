# nested targets and chained assignment
(a, b), c = (1, 2), 3
print(a, b, c)
first, (second, third) = "A", "BC"
print(first, second, third)
m = ((1, 2), (3, 4))
(p, q), (r, s) = m
print(p * s - q * r)
for (k, v) in {"a": 1}.items() {
    print(k, v)
}
x = y = z = 0
x += 1
print(x, y, z)
u = v = []
u.append("same list")
print(v)
