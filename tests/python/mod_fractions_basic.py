# fractions.Fraction: construction, normalization, printing, conversions.
from fractions import Fraction

print(Fraction(3, 4), Fraction(6, -8), Fraction(0, 5), Fraction(7), Fraction())
print(repr(Fraction(3, 4)), repr(Fraction(10, -8)), [Fraction(1, 3), Fraction(-2, 6)])
print(Fraction(Fraction(1, 7), 5), Fraction(Fraction(1, 7), Fraction(2, 3)), Fraction(Fraction(5, 2)))
print(Fraction("3/4"), Fraction(" -35/4 "), Fraction("1.25"), Fraction("314"), Fraction("-47e-2"))
print(Fraction("3.1415"), Fraction("1e3"), Fraction(".5"), Fraction("+2.50"), Fraction("1_000/3"))
print(Fraction(2.25), Fraction(0.1), Fraction(-1.5), Fraction(1e20), Fraction(5e-324))
print(Fraction.from_float(0.375), Fraction.from_float(3), Fraction(True), Fraction(False, 3))
f = Fraction(-22, 7)
print(f.numerator, f.denominator, f.as_integer_ratio(), float(f), int(f), abs(f), -f, +f)
print(str(Fraction(8, 4)), repr(Fraction(8, 4)), Fraction(8, 4) == 2, bool(Fraction(0)), bool(f))
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(-7, 2)), round(Fraction(22, 7), 2), round(Fraction(12345, 1), -2))
print(type(round(Fraction(7, 2))).__name__, type(int(f)).__name__, type(float(f)).__name__)
print(Fraction("3.141592653589793").limit_denominator(10), Fraction("3.141592653589793").limit_denominator(100))
print(Fraction(4321, 8765).limit_denominator(10000), Fraction(1.1).limit_denominator(), Fraction(3, 7).limit_denominator(1))
big = Fraction(2**100 + 1, 3**50)
print(big, float(big), big.limit_denominator(1000))
print(Fraction(1, 3) == Fraction(2, 6), Fraction(1, 2) == 0.5, Fraction(1, 3) == 1 / 3, Fraction(5) == 5)
print(hash(Fraction(5)) == hash(5), hash(Fraction(3, 4)) == hash(0.75), Fraction(1, 2) in {Fraction(2, 4)})
print(sorted([Fraction(1, 2), Fraction(1, 3), Fraction(-5, 4), Fraction(2)]))
print(max(Fraction(1, 2), Fraction(2, 3)), min(Fraction(1, 2), 0.25), sum([Fraction(1, 2), Fraction(1, 3), Fraction(1, 6)]))
for bad in ("abc", "1/", "/2", "1.2/3", "3/ 4", "1e", "", " ", ".", "1..2", "--1", "0x10", "1__0"):
    try:
        print(Fraction(bad))
    except ValueError as e:
        print("ValueError:", e)
for args in ((1, 0), ("1/0",)):
    try:
        print(Fraction(*args))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for args in ((1.5, 2), (1, 2.0), ([1],), (None,)):
    try:
        print(Fraction(*args))
    except TypeError as e:
        print("TypeError:", e)
for x in (float("nan"), float("inf"), float("-inf")):
    try:
        print(Fraction(x))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    Fraction.from_float("1.5")
except TypeError as e:
    print("TypeError:", e)
try:
    Fraction(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError:", e)
try:
    f.numerator = 3
except AttributeError as e:
    print("AttributeError")
