# roman numerals and number formatting utilities
ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)

def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"out of range: {n}")
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)

def from_roman(s):
    values = {sym: v for v, sym in ROMAN if len(sym) == 1}
    total = 0
    for i, ch in enumerate(s):
        v = values[ch]
        if i + 1 < len(s) and values[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total

for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    assert from_roman(r) == n
    print(f"{n:>5} -> {r:<12} back: {from_roman(r)}")
try:
    to_roman(0)
except ValueError as e:
    print(e)

def to_base(n, base):
    digits = "0123456789ABCDEF"
    if n == 0:
        return "0"
    s = ""
    while n > 0:
        s = digits[n % base] + s
        n //= base
    return s

for b in (2, 8, 16):
    print(b, to_base(255, b), format(255, "b" if b == 2 else "o" if b == 8 else "X"))
print(str(12345)[::-1], int(str(12345)[::-1]) + 1)
print(sum(int(d) for d in str(2 ** 50)), 2 ** 50)
