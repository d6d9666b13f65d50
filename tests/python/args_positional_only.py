# Positional-only parameters (/) next to keyword-only ones (*).
def power(base, exp=2, /, *, mod=None):
    r = base ** exp
    return r % mod if mod is not None else r

print(power(3), power(2, 10), power(2, 10, mod=1000))
try:
    power(base=3)
except TypeError as e:
    print("TypeError:", e)

def describe(name, /, **fields):
    parts = ", ".join(f"{k}={v}" for k, v in fields.items())
    return f"{name}({parts})"

print(describe("point", x=1, y=2), describe("name", name="shadow"))

def clamp(x, lo, hi, /):
    return max(lo, min(hi, x))

print(clamp(15, 0, 10), clamp(-3, 0, 10))
try:
    clamp(1, 2)
except TypeError as e:
    print("TypeError:", e)
