# star unpacking in assignments
xs = list(range(6))
a, *rest = xs
print(a, rest)
*init, last = xs
print(init, last)
first, *mid, end = xs
print(first, mid, end)
p, *q = ["only"]
print(p, q)
a, b, *c = "xy"
print(a, b, c)
h, *t = (10, 20, 30)
print(h, t, type(t).__name__)
t.append(40)
print(t)
