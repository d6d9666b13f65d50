# Python's `functools`, written in arr: reduce, partial, lru_cache and cache,
# cmp_to_key, total_ordering and wraps. tests/scripts/pystdlib/ runs them
# against CPython.
#
# What stays different from Python: arr functions take no attributes, so
# `wraps` copies nothing (the wrapper keeps its own name); a cached function
# stored as a class attribute is not bound to the instance (arr binds only
# functions; Python's cache wrapper is a descriptor), so `@lru_cache` on a
# method gets no `self`; arr's instances are unhashable, so a cached
# function's arguments must be numbers, strings, None or tuples of them;
# repr of a partial of a def'd function shows arr's `<fn f>` where Python
# shows `<function f at 0x...>`; `cmp_to_key` keys compare only with keys.

# functools.reduce(function, iterable[, initial])
def _py_functools_reduce(function, iterable, *initial) {
    if len(initial) > 1 {
        raise TypeError(f"reduce expected at most 3 arguments, got {len(initial) + 2}")
    }
    started = len(initial) == 1
    acc = initial[0] if started else None
    for x in iterable {
        if started {
            acc = function(acc, x)
        } else {
            acc = x
            started = True
        }
    }
    if not started {
        raise TypeError("reduce() of empty iterable with no initial value")
    }
    return acc
}

# How Python shows a callable: builtin types as <class 'int'>, builtin
# functions as <built-in function max>. Python shows a def'd function with
# its address, which no golden output holds, so arr's repr stands there.
def _py_functools_func_repr(f) {
    for t in (int, float, str, list, dict, set, tuple, bool, object, type) {
        if f is t {
            return f"<class '{t.__name__}'>"
        }
    }
    if type(f).__name__ == "builtin_function_or_method" {
        return f"<built-in function {f.__name__}>"
    }
    return repr(f)
}

# functools.partial(func, *args, **keywords): a callable with `func`,
# `args` and `keywords`; a partial of a partial is flattened, as in Python.
class _py_functools_partial {
    __name__ = "partial"
    def __init__(self, func, *args, **keywords) {
        if not callable(func) {
            raise TypeError("the first argument must be callable")
        }
        if isinstance(func, _py_functools_partial) {
            args = func.args + args
            kw = dict(func.keywords)
            kw.update(keywords)
            keywords = kw
            func = func.func
        }
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords
    }

    def __call__(self, *args, **keywords) {
        kw = dict(self.keywords)
        kw.update(keywords)
        return self.func(*(self.args + args), **kw)
    }

    def __repr__(self) {
        parts = [_py_functools_func_repr(self.func)]
        for a in self.args {
            parts.append(_py_functools_func_repr(a))
        }
        for k, v in self.keywords.items() {
            parts.append(f"{k}={_py_functools_func_repr(v)}")
        }
        return "functools.partial(" + ", ".join(parts) + ")"
    }
}

# What cache_info() returns: Python's CacheInfo namedtuple.
class _py_functools_CacheInfo {
    __name__ = "CacheInfo"
    def __init__(self, hits, misses, maxsize, currsize) {
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize
    }

    def _py_tuple(self) = (self.hits, self.misses, self.maxsize, self.currsize)
    def __iter__(self) = list(self._py_tuple())
    def __len__(self) = 4
    def __getitem__(self, i) {
        if type(i).__name__ == "slice" {
            return self._py_tuple()[i.start:i.stop:i.step]
        }
        return self._py_tuple()[i]
    }

    def __eq__(self, other) {
        if isinstance(other, _py_functools_CacheInfo) {
            return self._py_tuple() == other._py_tuple()
        }
        return isinstance(other, tuple) and self._py_tuple() == other
    }

    def __repr__(self) = f"CacheInfo(hits={self.hits}, misses={self.misses}, maxsize={self.maxsize}, currsize={self.currsize})"
}

# Separates positional from keyword arguments in a cache key (Python uses a
# fresh object(); arr's instances cannot be dict keys).
_py_functools_KWMARK = ("<functools keyword arguments>",)

# The memoizing wrapper that lru_cache and cache return. maxsize None:
# unbounded; 0: no caching; n: the n most recently used results.
class _py_functools_lru_wrapper {
    __name__ = "_lru_cache_wrapper"
    def __init__(self, func, maxsize, typed) {
        self.__wrapped__ = func
        self._py_func = func
        self._py_maxsize = maxsize
        self._py_typed = typed
        self._py_cache = {}
        self._py_hits = 0
        self._py_misses = 0
    }

    def __call__(self, *args, **kwargs) {
        key = args
        if kwargs {
            key = key + _py_functools_KWMARK
            for k, v in kwargs.items() {
                key = key + ((k, v),)
            }
        }
        if self._py_typed {
            key = key + tuple(type(a).__name__ for a in args)
            key = key + tuple(type(v).__name__ for v in kwargs.values())
        }
        if self._py_maxsize == 0 {
            self._py_misses += 1
            return self._py_func(*args, **kwargs)
        }
        if key in self._py_cache {
            self._py_hits += 1
            result = self._py_cache[key]
            if self._py_maxsize is not None {
                # most recently used: to the end
                self._py_cache.pop(key)
                self._py_cache[key] = result
            }
            return result
        }
        self._py_misses += 1
        result = self._py_func(*args, **kwargs)
        if key in self._py_cache {
            # a recursive call already stored it
            return result
        }
        if self._py_maxsize is not None and len(self._py_cache) >= self._py_maxsize {
            self._py_cache.pop(list(self._py_cache)[0])
        }
        self._py_cache[key] = result
        return result
    }

    def cache_info(self) {
        return _py_functools_CacheInfo(self._py_hits, self._py_misses, self._py_maxsize, len(self._py_cache))
    }

    def cache_clear(self) {
        self._py_cache = {}
        self._py_hits = 0
        self._py_misses = 0
    }

    def cache_parameters(self) = {"maxsize": self._py_maxsize, "typed": self._py_typed}

    def __repr__(self) = repr(self._py_func)
}

# functools.lru_cache(maxsize=128, typed=False), as @lru_cache,
# @lru_cache() and @lru_cache(maxsize=None).
def _py_functools_lru_cache(maxsize=128, typed=False) {
    if isinstance(maxsize, int) {
        if maxsize < 0 {
            maxsize = 0
        }
    } elif callable(maxsize) and isinstance(typed, bool) {
        return _py_functools_lru_wrapper(maxsize, 128, typed)
    } elif maxsize is not None {
        raise TypeError("Expected first argument to be an integer, a callable, or None")
    }
    return lambda f: _py_functools_lru_wrapper(f, maxsize, typed)
}

# functools.cache(user_function): lru_cache(maxsize=None).
def _py_functools_cache(user_function) = _py_functools_lru_wrapper(user_function, None, False)

# functools.cmp_to_key(mycmp): a key class comparing through mycmp.
def _py_functools_cmp_to_key(mycmp) {
    class _py_functools_K {
        def __init__(self, obj) {
            self.obj = obj
        }
        def __lt__(self, other) = mycmp(self.obj, other.obj) < 0
        def __gt__(self, other) = mycmp(self.obj, other.obj) > 0
        def __eq__(self, other) = mycmp(self.obj, other.obj) == 0
        def __le__(self, other) = mycmp(self.obj, other.obj) <= 0
        def __ge__(self, other) = mycmp(self.obj, other.obj) >= 0
    }
    return _py_functools_K
}

# functools.total_ordering: given __eq__ and one of __lt__ __le__ __gt__
# __ge__, fills in the others, as Python derives them.
def _py_functools_lt_from_le(self, other) = self.__le__(other) and not self == other
def _py_functools_ge_from_le(self, other) = not self.__le__(other) or self == other
def _py_functools_gt_from_le(self, other) = not self.__le__(other)
def _py_functools_le_from_lt(self, other) = self.__lt__(other) or self == other
def _py_functools_gt_from_lt(self, other) = not self.__lt__(other) and not self == other
def _py_functools_ge_from_lt(self, other) = not self.__lt__(other)
def _py_functools_lt_from_gt(self, other) = not self.__gt__(other) and not self == other
def _py_functools_ge_from_gt(self, other) = self.__gt__(other) or self == other
def _py_functools_le_from_gt(self, other) = not self.__gt__(other)
def _py_functools_gt_from_ge(self, other) = self.__ge__(other) and not self == other
def _py_functools_le_from_ge(self, other) = not self.__ge__(other) or self == other
def _py_functools_lt_from_ge(self, other) = not self.__ge__(other)

def _py_functools_total_ordering(cls) {
    # Python picks the root max() of the defined names: __lt__ first.
    for root in ("__lt__", "__le__", "__gt__", "__ge__") {
        if hasattr(cls, root) {
            if root == "__lt__" {
                derived = {"__gt__": _py_functools_gt_from_lt, "__le__": _py_functools_le_from_lt, "__ge__": _py_functools_ge_from_lt}
            } elif root == "__le__" {
                derived = {"__ge__": _py_functools_ge_from_le, "__lt__": _py_functools_lt_from_le, "__gt__": _py_functools_gt_from_le}
            } elif root == "__gt__" {
                derived = {"__lt__": _py_functools_lt_from_gt, "__ge__": _py_functools_ge_from_gt, "__le__": _py_functools_le_from_gt}
            } else {
                derived = {"__le__": _py_functools_le_from_ge, "__gt__": _py_functools_gt_from_ge, "__lt__": _py_functools_lt_from_ge}
            }
            for name, f in derived.items() {
                if not hasattr(cls, name) {
                    setattr(cls, name, f)
                }
            }
            return cls
        }
    }
    raise ValueError("must define at least one ordering operation: < > <= >=")
}

# functools.wraps(wrapped): the wrapper takes the wrapped function's
# __name__ (arr functions take no other attributes).
def _py_functools_wraps(wrapped, assigned=None, updated=None) = lambda wrapper: _py_wraps(wrapper, wrapped)

# functools.update_wrapper(wrapper, wrapped): likewise.
def _py_functools_update_wrapper(wrapper, wrapped, assigned=None, updated=None) = _py_wraps(wrapper, wrapped)
