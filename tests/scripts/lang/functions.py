def f(x, y=2): return x * y
print(f(3), f(3, 4), f(x=1, y=5), f(2, y=10))
def g(a):
    b = a + 1
    return b * 2
print(g(1))
def sign(x):
    if x > 0: return 1
    elif x < 0: return -1
    else: return 0
print(sign(5), sign(-2), sign(0))
def fact(n): return n <= 1 and 1 or n * fact(n - 1)
print(fact(10))
def pair(): return (1, 2)
p, q = pair()
print(p, q)
p, q = q, p
print(p, q)
def nothing(): x = 1
print(nothing())
