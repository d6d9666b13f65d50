# functools: reduce, partial, lru_cache, cmp_to_key, wraps.
import functools
from functools import reduce, partial, lru_cache, cmp_to_key, wraps

print(reduce(lambda a, b: a + b, range(10)), reduce(lambda a, b: a * b, (1, 2, 3, 4), 10))

def power(base, exp) {
    return base ** exp
}

square = partial(power, exp=2)
cube = functools.partial(power, exp=3)
print(square(7), cube(2), [square(i) for i in range(5)])

@lru_cache(maxsize=None)
def fib(n) {
    if n < 2 {
        return n
    }
    return fib(n - 1) + fib(n - 2)
}

print(fib(80), fib.cache_info().hits > 0)

@functools.cache
def ways(n) {
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
}

print(ways(30))

def by_length_then_alpha(a, b) {
    if len(a) != len(b) {
        return len(a) - len(b)
    }
    return -1 if a < b else (1 if a > b else 0)
}

words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))

def logged(fn) {
    @wraps(fn)
    def inner(*args, **kwargs) {
        print("calling", fn.__name__, args)
        return fn(*args, **kwargs)
    }
    return inner
}

@logged
def add(a, b) {
    """Adds."""
    return a + b
}

print(add(2, 3), add.__name__)
