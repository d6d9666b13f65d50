# Functions carry attributes: call counters, docstrings, functools.wraps.
import functools

def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@counted
def area(w, h):
    """Area of a w-by-h rectangle."""
    return w * h

for size in range(1, 4):
    area(size, size + 1)
print(area.calls, area.__name__, area.__doc__, area.__wrapped__(2, 3))

def no_doc():
    return 1

print(no_doc.__doc__, no_doc.__name__, no_doc.__module__)
def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), len(fib.cache), sorted(fib.cache)[:5])
area.label = "rect"
print(area.label, getattr(area, "label"), hasattr(no_doc, "label"))
