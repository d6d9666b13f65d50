# floor division, modulo and power with signs and floats
for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2)) {
    print(a, b, a // b, a % b, a / b)
}
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(2 ** 10, 2 ** 0.5, (-8) ** 2, -8 ** 2, 2 ** 3 ** 2)
print(10 / 4, 10 // 4, 10 / 5, type(10 / 5).__name__)
print(0 ** 0, 5 % 1, 1e3 // 7)
print(2.0 ** -1, 4 ** 0.5)
for n in range(-3, 4) {
    print(n, n // 2, n % 2, divmod(n, 3))
}
print(17 % 5 ** 2, (17 % 5) ** 2)
