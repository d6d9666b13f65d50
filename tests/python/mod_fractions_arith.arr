# fractions.Fraction arithmetic with ints, Fractions and floats, comparisons.
from fractions import Fraction as F

a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, b // a, b % a)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // b, 7 % b, b // 2, b % 2)
print(a + 0.5, 0.5 + a, a * 1.5, 1.5 * a, b / 0.25, 0.25 / b, b - 0.25, 0.25 - b)
print(b // 0.5, 0.5 // b, b % 0.5, 1.0 % b, divmod(F(7, 2), F(1, 3)), divmod(7, F(2, 3)), divmod(F(7, 2), 2))
print(F(2, 3) ** 2, F(2, 3) ** -2, F(-2, 3) ** -3, F(2, 3) ** 0, F(4, 9) ** F(1, 2), F(4, 9) ** 0.5)
print(2 ** F(3), 2 ** F(1, 2), F(1, 2) ** F(2), 4 ** F(-1), 2.0 ** F(2), F(9) ** F(1, 2))
print(type(a + b).__name__, type(a + 1).__name__, type(a + 0.5).__name__, type(a // b).__name__, type(F(4) ** F(1, 2)).__name__)
print(a + b - b == a, (a * b) / b == a, F(1, 2) + F(1, 2) == 1, F(3, 2) * 2 == 3)
print(-a, abs(F(-3, 4)), -F(0), F(-6, 4) // 1, F(-6, 4) % 1, int(F(-7, 2)), int(F(7, 2)))
x = F(0)
for i in range(1, 11) {
    x += F(1, i * (i + 1))
}
print(x, float(x))
h = F(0)
for k in range(1, 21) {
    h = h + F(1, k)
}
print(h, round(h, 5), round(float(h), 5))
print(a < b, a > b, a <= F(2, 6), a >= b, a == F(2, 6), a != b, a < 1, a > 0.3, 0.3 < a, 1 > b, F(1, 2) == 0.5, F(1, 3) != 0.5)
print(F(1, 2) < float("inf"), F(1, 2) > float("-inf"), F(1, 2) == float("nan"), F(1, 2) < float("nan"))
print(F(3) == 3, 3 == F(3), F(3) == 3.0, 3.0 == F(3), F(1, 3) == "1/3", F(1, 3) != "1/3")
print(sorted([F(1, 2), 0.25, 1, F(-1, 3), 0]))
ops = (lambda: F(1, 2) / 0, lambda: F(1, 2) / F(0), lambda: F(1, 2) // 0, lambda: F(1, 2) % 0,
       lambda: 1 / F(0), lambda: F(0) ** -1, lambda: F(1, 2) / 0.0, lambda: F(1, 2) // 0.0, lambda: F(1, 2) % 0.0)
for op in ops {
    try {
        print(op())
    } except ZeroDivisionError as e {
        print("ZeroDivisionError:", e)
    }
}
for op in (lambda: F(1, 2) + "x", lambda: F(1, 2) * None, lambda: F(1, 2) < "x") {
    try {
        print(op())
    } except TypeError as e {
        print("TypeError:", e)
    }
}
total = sum(F(1, 2 ** k) for k in range(1, 30))
print(total, 1 - total, float(total))
print(F(10, 4).as_integer_ratio(), F(-3).as_integer_ratio(), F(1, 3).limit_denominator(2))
m = {F(1, 2): "half", 3: "three"}
print(m[F(2, 4)], m[F(3)], F(6, 2) in m)
