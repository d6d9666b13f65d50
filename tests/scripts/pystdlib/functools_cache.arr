# functools.lru_cache and cache, as stdlib/py_functools.arr writes them.
import "../../../stdlib/py_functools.arr"

calls = []

@_py_functools_cache
def fib(n) {
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
}

print(fib(30), len(calls), fib.cache_info())
print(fib(30), fib(10), len(calls), fib.cache_info())
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info == (30, 31, None, 31), tuple(info))
fib.cache_clear()
print(fib.cache_info(), fib(5), fib.cache_info())

@_py_functools_lru_cache(maxsize=None)
def ways(n, coins) {
    if n == 0 {
        return 1
    }
    if n < 0 or not coins {
        return 0
    }
    return ways(n - coins[0], coins) + ways(n, coins[1:])
}
print(ways(100, (1, 5, 10, 25, 50)), ways.cache_info().misses > 0, ways.cache_parameters())

@_py_functools_lru_cache(maxsize=2)
def square(x) {
    print("computing", x)
    return x * x
}
for x in (1, 2, 1, 3, 2, 1, 1) {
    print(square(x), end=" | ")
}
print()
print(square.cache_info())

@_py_functools_lru_cache
def bare(x) {
    return x + 1
}
@_py_functools_lru_cache()
def empty_parens(x) {
    return x - 1
}
print(bare(1), bare(1), bare.cache_info(), empty_parens(5), empty_parens.cache_info())

@_py_functools_lru_cache(maxsize=0)
def nocache(x) {
    return x
}
print(nocache(1), nocache(1), nocache.cache_info())

@_py_functools_lru_cache(maxsize=None)
def greet(name, punct="!") {
    print("greeting", name)
    return "hi " + name + punct
}
print(greet("ann"), greet("ann"), greet("ann", punct="?"), greet("ann", punct="?"), greet(name="bob"), greet(name="bob"))
print(greet.cache_info())

@_py_functools_lru_cache(maxsize=None, typed=True)
def kind(x) {
    return type(x).__name__
}
print(kind(1), kind(1.0), kind(1), kind.cache_info(), kind.cache_parameters())

@_py_functools_cache
def grid_paths(r, c) {
    if r == 0 or c == 0 {
        return 1
    }
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
}
print(grid_paths(16, 16), grid_paths.cache_info().currsize)

try {
    _py_functools_lru_cache("big")
} except TypeError as e {
    print("TypeError", e)
}
