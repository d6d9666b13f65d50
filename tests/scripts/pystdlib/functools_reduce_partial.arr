# functools.reduce, partial, cmp_to_key, total_ordering and wraps, as
# stdlib/py_functools.arr writes them.
import "../../../stdlib/py_functools.arr"

print(_py_functools_reduce(lambda a, b: a + b, range(1, 11)))
print(_py_functools_reduce(lambda a, b: a * b, range(1, 6), 10))
print(_py_functools_reduce(lambda a, b: a + b, (), "empty"), _py_functools_reduce(max, (7,)))
print(_py_functools_reduce(lambda acc, w: acc + [w.upper()], "the quick brown fox".split(), []))
print(_py_functools_reduce(lambda a, b: b + a, "abcd"))
try {
    _py_functools_reduce(lambda a, b: a + b, ())
} except TypeError as e {
    print("TypeError", e)
}
try {
    _py_functools_reduce(lambda a, b: a + b, "", None, None)
} except TypeError as e {
    print("TypeError", e)
}

def power(base, exp, mod=None) {
    return base ** exp if mod is None else base ** exp % mod
}

square = _py_functools_partial(power, exp=2)
cube = _py_functools_partial(power, exp=3)
two_to = _py_functools_partial(power, 2)
print(square(5), cube(2), two_to(10), two_to(10, mod=1000), square(7, mod=10))
print(square.func is power, square.args, square.keywords, two_to.args, two_to.keywords)
print(list(map(square, range(6))))
from_bin = _py_functools_partial(int, base=2)
print(from_bin("101"), from_bin("1111"))
inner = _py_functools_partial(power, 3)
outer = _py_functools_partial(inner, 4, mod=5)
print(outer(), outer.func is power, outer.args, outer.keywords)
override = _py_functools_partial(power, exp=2)
print(override(3, exp=4))
greet = _py_functools_partial("{} says {}".format, "ann")
print(greet("hi"), callable(greet))
try {
    _py_functools_partial(5)
} except TypeError as e {
    print("TypeError", e)
}

def compare_len_then_alpha(a, b) {
    if len(a) != len(b) {
        return len(a) - len(b)
    }
    return -1 if a < b else (1 if a > b else 0)
}
print(sorted(("pear", "fig", "apple", "kiwi", "date"), key=_py_functools_cmp_to_key(compare_len_then_alpha)))
print(sorted(range(6), key=_py_functools_cmp_to_key(lambda a, b: b - a)))
K = _py_functools_cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) <= K(2), K(3) > K(2), K(2) == K(2), K(1) >= K(2))

@_py_functools_total_ordering
class Version {
    def __init__(self, major, minor) {
        self.major = major
        self.minor = minor
    }
    def __eq__(self, other) {
        return (self.major, self.minor) == (other.major, other.minor)
    }
    def __lt__(self, other) {
        return (self.major, self.minor) < (other.major, other.minor)
    }
    def __repr__(self) {
        return f"v{self.major}.{self.minor}"
    }
}

a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, b >= b, b <= b)
print(sorted([Version(2, 0), Version(1, 10), Version(1, 2)]), max([Version(0, 9), Version(1, 0)]))

@_py_functools_total_ordering
class Size {
    def __init__(self, n) {
        self.n = n
    }
    def __eq__(self, other) {
        return self.n == other.n
    }
    def __gt__(self, other) {
        return self.n > other.n
    }
}
print(Size(1) < Size(2), Size(2) <= Size(2), Size(3) >= Size(4), Size(3) > Size(1))

def logged(func) {
    @_py_functools_wraps(func)
    def wrapper(*args, **kwargs) {
        print("calling with", args, kwargs)
        return func(*args, **kwargs)
    }
    return wrapper
}

@logged
def add(a, b=0) {
    return a + b
}
print(add(2, b=3))

# repr of a partial (of a builtin or a class: a def'd function's repr holds
# its address in Python)
print(_py_functools_partial(max, 5, key=abs), _py_functools_partial(int, base=16), _py_functools_partial(Version, 1))
print(repr(_py_functools_partial(sorted, reverse=True)), _py_functools_partial(sorted, reverse=True)("bca"))
