# Python's ints grow past 64 bits and shrink back
import math
print(2**64, 2**100, -2**63 - 1, 2**63 - 1 + 1)
big = 123456789012345678901234567890
print(big + 1, big - big, big * big, -big)
print(big // 7, big % 7, divmod(big, 10**10), big / 10**20)
print(type(big).__name__, isinstance(big, int), big > 10**29, big == 123456789012345678901234567890)
print((2**64) // (2**32), type((2**64) // (2**32)).__name__)
x = 1
for i in range(1, 31) {
    x *= i
}
print("30! =", x, x == math.factorial(30))
fib = {0: 0, 1: 1}
for n in range(2, 151) {
    fib[n] = fib[n - 1] + fib[n - 2]
}
print("fib(150) =", fib[150])
print(math.comb(100, 50), math.perm(25, 20), math.gcd(2**90, 6**50), math.lcm(2**40, 3**30))
print(math.isqrt(10**50), math.isqrt(2**127 - 1))
print(pow(3, 1000, 10**9 + 7), pow(2, -1, 1000003), pow(7, 100) % 1000)
print(abs(-2**80), -(-2**63), 1 << 100, (1 << 100) >> 98, ~(2**70))
print(2**70 & (2**65 - 1), 2**70 | 1, 2**70 ^ 2**70)
print(int("9" * 40) + 1, int("-" + "1" * 25), int("1_000_000_000_000_000_000_000"))
print(float(2**100), int(1e25), int(-1.5e20), round(2**70), round(2.5e20))
print(2**64 == 2.0**64, 2**64 < 1.9e19, 10**30 > 1e30, 2**53 + 1 == 2.0**53)
print(sum(n * n for n in range(10**6, 10**6 + 1000)) * 10**12)
d = {2**70: "big", 5: "small"}
print(d[2**70], 2**70 in d, hash(2**70) == hash(2**70))
print(max(2**70, 3, -2**80), min(2**70, 3, -2**80), sorted([2**70, 5, -2**80, 0]))
print((2**100).bit_length(), (2**100 - 1).bit_count(), str(2**90), repr(-2**90))
print(hex(2**100), oct(2**70), bin(-2**66))
print(12345678901234567890 * 98765432109876543210 // 10**30)
