total = 0
for i in range(20) {
    if i % 2 == 0 {
        continue
    } elif i > 15 {
        break
    } else {
        total += i
    }
}
print(total)
n = 0
while n < 100 { n = n * 2 + 1 }
print(n)
for x in [10, 20] { print(x) }
for i, v in [(0, "a"), (1, "b")] { print(i, v) }
for k in {"a": 1, "b": 2} { print(k) }
print(list(range(10, 0, -3)), len(range(5)), 1 < 2 < 3, 3 > 2 > 2)
print(true and 5, 0 or "x", not 0, none or 2)
