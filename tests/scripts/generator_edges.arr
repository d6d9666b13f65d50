def g(n) { yield from g(n + 1) }
try { print(next(g(0))) } except RecursionError as e { print("RecursionError:", e) }
def f(n) = 0 if n == 0 else 1 + f(n - 1)
def h() { yield f(900); yield f(950) }
print(list(h()))
x = h()
print(next(x), next(x))
def me_gen() { yield next(me) }
me = me_gen()
try { next(me) } except ValueError as e { print("ValueError:", e) }
def inf() { i = 0; while True { yield i; i += 1 } }
for k in range(3) {
    for v in inf() { if v > 5 { break } }
}
print("dropped ok")
gs = [inf() for _ in range(20001)]
try { firsts = [next(q) for q in gs] } except Exception as e { print(type(e).__name__, e) }
gs = None
print("after")
def bad() { yield 1; raise KeyError("k") }
b = bad()
print(next(b))
try { next(b) } except KeyError as e { print("KeyError", e) }
print(next(b, "exhausted"))
def deep(n) {
    if n == 0 { yield 0; return }
    yield from deep(n - 1)
}
print(list(deep(200)))
t = deep(300)
print(next(t))
