# Python's `itertools`, written in arr. arr has no lazy generators, so every
# function here consumes its inputs at once and returns a list (of tuples
# where Python yields tuples) holding what Python's iterator would yield, in
# the same order. `list(...)`, `for` and unpacking read the same either
# way; what differs is that nothing is lazy: an input is read whole even
# when `islice` or `takewhile` would stop early, and `iter(x)` is itself a
# list in arr, so consuming part of an iterator and then the rest is not
# modelled. The infinite iterators `count` and `cycle` (and `repeat` without
# a count) are left out. groupby returns (key, list) pairs. Index sequences
# are kept as tuples: a bracket literal of numbers is an array in arr.

# Each input read once, as a tuple.
def _py_itertools_pools(iterables) = [tuple(it) for it in iterables]

# itertools.product(*iterables, repeat=1)
def _py_itertools_product(*iterables, repeat=1) {
    if repeat < 0 {
        raise ValueError("repeat argument cannot be negative")
    }
    pools = []
    base = _py_itertools_pools(iterables)
    for _ in range(repeat) {
        pools.extend(base)
    }
    result = [()]
    for pool in pools {
        result = [x + (y,) for x in result for y in pool]
    }
    return result
}

def _py_itertools_check_r(r) {
    if not isinstance(r, int) or isinstance(r, bool) {
        raise TypeError("Expected int as r")
    }
    if r < 0 {
        raise ValueError("r must be non-negative")
    }
}

# itertools.permutations(iterable, r=None): in lexicographic order of the
# input positions, as Python emits them.
def _py_itertools_permutations(iterable, r=None) {
    pool = tuple(iterable)
    n = len(pool)
    if r is None {
        r = n
    }
    _py_itertools_check_r(r)
    if r > n {
        return []
    }
    idx = [()]
    for _ in range(r) {
        idx = [p + (i,) for p in idx for i in range(n) if i not in p]
    }
    return [tuple(pool[i] for i in p) for p in idx]
}

# itertools.combinations(iterable, r)
def _py_itertools_combinations(iterable, r) {
    pool = tuple(iterable)
    n = len(pool)
    _py_itertools_check_r(r)
    if r > n {
        return []
    }
    idx = [()]
    for _ in range(r) {
        idx = [p + (i,) for p in idx for i in range(p[-1] + 1 if p else 0, n)]
    }
    return [tuple(pool[i] for i in p) for p in idx]
}

# itertools.combinations_with_replacement(iterable, r)
def _py_itertools_combinations_with_replacement(iterable, r) {
    pool = tuple(iterable)
    n = len(pool)
    _py_itertools_check_r(r)
    if n == 0 and r > 0 {
        return []
    }
    idx = [()]
    for _ in range(r) {
        idx = [p + (i,) for p in idx for i in range(p[-1] if p else 0, n)]
    }
    return [tuple(pool[i] for i in p) for p in idx]
}

# itertools.chain.from_iterable(iterables)
def _py_itertools_chain_from_iterable(iterables) {
    out = []
    for it in iterables {
        for x in it {
            out.append(x)
        }
    }
    return out
}

# itertools.chain: callable as chain(*iterables), with chain.from_iterable.
class _py_itertools_chain_type {
    def __call__(self, *iterables) = _py_itertools_chain_from_iterable(iterables)
    def from_iterable(self, iterables) = _py_itertools_chain_from_iterable(iterables)
    def __repr__(self) = "<class 'itertools.chain'>"
}

_py_itertools_chain = _py_itertools_chain_type()

def _py_itertools_is_index(x) = isinstance(x, int) and not isinstance(x, bool)

# itertools.islice(iterable, stop) or islice(iterable, start, stop[, step]),
# with CPython's checks and messages.
def _py_itertools_islice(iterable, *args) {
    if len(args) < 1 {
        raise TypeError(f"islice expected at least 2 arguments, got {len(args) + 1}")
    }
    if len(args) > 3 {
        raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
    }
    start = 0
    stop = None
    step = 1
    stop_msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
    if len(args) == 1 {
        stop = args[0]
    } else {
        if args[0] is not None {
            start = args[0] if _py_itertools_is_index(args[0]) else -1
        }
        stop = args[1]
    }
    if stop is not None and (not _py_itertools_is_index(stop) or stop == -1) {
        raise ValueError(stop_msg)
    }
    if start < 0 or (stop is not None and stop < -1) {
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    }
    if len(args) == 3 and args[2] is not None {
        step = args[2] if _py_itertools_is_index(args[2]) else -1
    }
    if step < 1 {
        raise ValueError("Step for islice() must be a positive integer or None.")
    }
    out = []
    i = 0
    for x in iterable {
        if stop is not None and i >= stop {
            break
        }
        if i >= start and (i - start) % step == 0 {
            out.append(x)
        }
        i += 1
    }
    return out
}

# itertools.accumulate(iterable, func=None, *, initial=None): running sums,
# or running func(total, x).
def _py_itertools_accumulate(iterable, func=None, *, initial=None) {
    out = []
    first = True
    total = initial
    if initial is not None {
        out.append(initial)
        first = False
    }
    for x in iterable {
        if first {
            total = x
            first = False
        } elif func is None {
            total = total + x
        } else {
            total = func(total, x)
        }
        out.append(total)
    }
    return out
}

# itertools.groupby(iterable, key=None): (key, list of the run) pairs for
# each run of consecutive items with equal keys.
def _py_itertools_groupby(iterable, key=None) {
    out = []
    group = None
    current = None
    for x in iterable {
        k = x if key is None else key(x)
        if group is not None and k == current {
            group.append(x)
        } else {
            # not [x]: a bracket literal of a number is an array
            group = []
            group.append(x)
            current = k
            out.append((k, group))
        }
    }
    return out
}

# itertools.repeat(object, times): a count is required (no infinite lists).
def _py_itertools_repeat(object, times=None) {
    if times is None {
        raise ValueError("repeat() without times would never end; arr's itertools return lists")
    }
    return [object for _ in range(times)]
}

# itertools.zip_longest(*iterables, fillvalue=None)
def _py_itertools_zip_longest(*iterables, fillvalue=None) {
    pools = [list(it) for it in iterables]
    if not pools {
        return []
    }
    n = max(len(p) for p in pools)
    return [tuple(p[i] if i < len(p) else fillvalue for p in pools) for i in range(n)]
}

# itertools.pairwise(iterable)
def _py_itertools_pairwise(iterable) {
    items = list(iterable)
    return [(items[i], items[i + 1]) for i in range(len(items) - 1)]
}

# itertools.starmap(function, iterable)
def _py_itertools_starmap(function, iterable) = [function(*args) for args in iterable]

# itertools.takewhile(predicate, iterable)
def _py_itertools_takewhile(predicate, iterable) {
    out = []
    for x in iterable {
        if not predicate(x) {
            break
        }
        out.append(x)
    }
    return out
}

# itertools.dropwhile(predicate, iterable)
def _py_itertools_dropwhile(predicate, iterable) {
    out = []
    dropping = True
    for x in iterable {
        if dropping and predicate(x) {
            continue
        }
        dropping = False
        out.append(x)
    }
    return out
}

# itertools.filterfalse(predicate, iterable); a None predicate tests truth.
def _py_itertools_filterfalse(predicate, iterable) {
    if predicate is None {
        return [x for x in iterable if not x]
    }
    return [x for x in iterable if not predicate(x)]
}

# itertools.compress(data, selectors)
def _py_itertools_compress(data, selectors) = [d for d, s in zip(data, selectors) if s]

# itertools.tee(iterable, n=2): n lists with the same items.
def _py_itertools_tee(iterable, n=2) {
    if n < 0 {
        raise ValueError("n must be >= 0")
    }
    items = list(iterable)
    return tuple(list(items) for _ in range(n))
}
