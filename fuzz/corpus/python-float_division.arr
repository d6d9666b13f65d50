# true division always gives a float
print(7 / 2, 8 / 2, -7 / 2, 1 / 8)
print(7 // 2, 7.0 // 2, -7 // 2.0)
print(type(8 / 2).__name__, type(8 // 2).__name__, type(8.0 // 2).__name__)
print(int(7 / 2), int(-3.7), int(3.99999), float(7), float(-0))
print(10 / 3 * 3, 0.1 * 10)
print(1 / 3 + 1 / 3 + 1 / 3 == 1.0)
print(3 * 0.1 == 0.3, abs(3 * 0.1 - 0.3) < 1e-9)
total = 0
for k in range(1, 4) {
    total += k / 2
}
print(total, type(total).__name__)
print(-1 / 3, 2 / -4, 0 / 5, -0 / 5)
