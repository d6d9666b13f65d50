# int() and float() conversions, large values
print(int("007"), int(" 12 "), int(-0.9), int(1e10))
print(float("3"), float(".5"), float("1e-3"), float("  -2.5  "))
print(str(1.0), str(1e22), str(1.23e-4), str(12345678.9))
print(int(True) + int(False), float(True))
print(0.1 + 0.7, 4.35 * 100, 1.15 * 3)
print(1 / 7)
print(2.0 ** 60, 2 ** 60)
print(1e16 + 1, 9007199254740993)
for s in ("1", "-2.5", "3e2", "inf") {
    v = float(s)
    print(s, v, v == int(v) if v != float("inf") else "n/a")
}
