# the math module
import math
print(math.sqrt(16), math.sqrt(2))
print(math.pi, math.e)
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5))
print(math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(8))
print(math.exp(0), f"{math.exp(1):.6f}")
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(math.inf, -math.inf, math.inf > 1e308)
print(math.isnan(float("nan")), math.isinf(math.inf))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 6))
print(type(math.floor(2.5)).__name__, f"{2 * math.pi:.5f}")
try {
    math.sqrt(-1)
} except ValueError as e {
    print(type(e).__name__, e)
}
