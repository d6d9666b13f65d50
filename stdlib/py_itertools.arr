# Python's `itertools`, written in arr. The streaming functions (count,
# cycle, repeat, islice, chain, accumulate, groupby, zip_longest, pairwise,
# starmap, takewhile, dropwhile, filterfalse, compress) are generators, lazy
# as Python's iterators are: an endless one is fine and an input is read
# only as far as needed. The combinatoric ones (product, permutations,
# combinations) return lists. groupby yields (key, list) pairs. Index
# sequences are kept as tuples: a bracket literal of numbers is an array.

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
    for it in iterables {
        yield from it
    }
}

# itertools.chain: callable as chain(*iterables), with chain.from_iterable.
class _py_itertools_chain_type {
    __name__ = "chain"
    def __call__(self, *iterables) = _py_itertools_chain_from_iterable(iterables)
    def from_iterable(self, iterables) = _py_itertools_chain_from_iterable(iterables)
    def __repr__(self) = "<class 'itertools.chain'>"
}

_py_itertools_chain = _py_itertools_chain_type()

def _py_itertools_is_index(x) = isinstance(x, int) and not isinstance(x, bool)

# itertools.count(start=0, step=1): endless.
def _py_itertools_count(start=0, step=1) {
    n = start
    while True {
        yield n
        n += step
    }
}

# itertools.cycle(iterable): the items again and again (saved on the first
# pass, as Python does).
def _py_itertools_cycle(iterable) {
    saved = []
    for x in iterable {
        yield x
        saved.append(x)
    }
    if not saved {
        return
    }
    while True {
        for x in saved {
            yield x
        }
    }
}

# itertools.islice(iterable, stop) or islice(iterable, start, stop[, step]),
# with CPython's checks and messages (at the call, as Python makes them).
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
    return _py_itertools_islice_run(iter(iterable), start, stop, step)
}

# islice's values: never reads past the last item it yields.
def _py_itertools_islice_run(it, start, stop, step) {
    i = 0
    end = object()
    while stop is None or i < stop {
        x = next(it, end)
        if x is end {
            return
        }
        if i >= start and (i - start) % step == 0 {
            yield x
        }
        i += 1
    }
}

# itertools.accumulate(iterable, func=None, *, initial=None): running sums,
# or running func(total, x).
def _py_itertools_accumulate(iterable, func=None, *, initial=None) {
    first = True
    total = initial
    if initial is not None {
        yield initial
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
        yield total
    }
}

# itertools.groupby(iterable, key=None): (key, list of the run) pairs for
# each run of consecutive items with equal keys (the runs are lists).
def _py_itertools_groupby(iterable, key=None) {
    group = None
    current = None
    for x in iterable {
        k = x if key is None else key(x)
        if group is not None and k == current {
            group.append(x)
        } else {
            if group is not None {
                yield (current, group)
            }
            # not [x]: a bracket literal of a number is an array
            group = []
            group.append(x)
            current = k
        }
    }
    if group is not None {
        yield (current, group)
    }
}

# itertools.repeat(object, times=None): endless without a count.
def _py_itertools_repeat(object, times=None) {
    if times is None {
        while True {
            yield object
        }
    }
    for _ in range(times) {
        yield object
    }
}

# itertools.zip_longest(*iterables, fillvalue=None)
def _py_itertools_zip_longest(*iterables, fillvalue=None) {
    its = [iter(it) for it in iterables]
    if not its {
        return
    }
    end = object()
    while True {
        row = [next(it, end) for it in its]
        if all(x is end for x in row) {
            return
        }
        yield tuple(fillvalue if x is end else x for x in row)
    }
}

# itertools.pairwise(iterable)
def _py_itertools_pairwise(iterable) {
    it = iter(iterable)
    end = object()
    prev = next(it, end)
    if prev is end {
        return
    }
    for x in it {
        yield (prev, x)
        prev = x
    }
}

# itertools.starmap(function, iterable)
def _py_itertools_starmap(function, iterable) {
    for args in iterable {
        yield function(*args)
    }
}

# itertools.takewhile(predicate, iterable)
def _py_itertools_takewhile(predicate, iterable) {
    for x in iterable {
        if not predicate(x) {
            return
        }
        yield x
    }
}

# itertools.dropwhile(predicate, iterable)
def _py_itertools_dropwhile(predicate, iterable) {
    dropping = True
    for x in iterable {
        if dropping and predicate(x) {
            continue
        }
        dropping = False
        yield x
    }
}

# itertools.filterfalse(predicate, iterable); a None predicate tests truth.
def _py_itertools_filterfalse(predicate, iterable) {
    for x in iterable {
        if not (x if predicate is None else predicate(x)) {
            yield x
        }
    }
}

# itertools.compress(data, selectors)
def _py_itertools_compress(data, selectors) {
    for d, s in zip(data, selectors) {
        if s {
            yield d
        }
    }
}

# itertools.tee(iterable, n=2): n lists with the same items.
def _py_itertools_tee(iterable, n=2) {
    if n < 0 {
        raise ValueError("n must be >= 0")
    }
    items = list(iterable)
    return tuple(list(items) for _ in range(n))
}
