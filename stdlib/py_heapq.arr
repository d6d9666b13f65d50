# Python's `heapq`, `bisect` and `abc`, written in arr under prefixed names
# (`_py_heapq_heappush`, `_py_bisect_insort`, `_py_abc_ABC`). The heap
# functions change the list they are given (lists are shared, as in Python).

def _py_heapq_siftdown(heap, startpos, pos) {
    newitem = heap[pos]
    while pos > startpos {
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent {
            heap[pos] = parent
            pos = parentpos
            continue
        }
        break
    }
    heap[pos] = newitem
}

def _py_heapq_siftup(heap, pos) {
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos {
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos] {
            childpos = rightpos
        }
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    }
    heap[pos] = newitem
    _py_heapq_siftdown(heap, startpos, pos)
}

def _py_heapq_heappush(heap, item) {
    heap.append(item)
    _py_heapq_siftdown(heap, 0, len(heap) - 1)
}

def _py_heapq_heappop(heap) {
    if len(heap) == 0 {
        raise IndexError("index out of range")
    }
    lastelt = heap.pop()
    if len(heap) > 0 {
        returnitem = heap[0]
        heap[0] = lastelt
        _py_heapq_siftup(heap, 0)
        return returnitem
    }
    return lastelt
}

def _py_heapq_heapify(x) {
    n = len(x)
    for i in reversed(range(n // 2)) {
        _py_heapq_siftup(x, i)
    }
}

def _py_heapq_heapreplace(heap, item) {
    if len(heap) == 0 {
        raise IndexError("index out of range")
    }
    returnitem = heap[0]
    heap[0] = item
    _py_heapq_siftup(heap, 0)
    return returnitem
}

def _py_heapq_heappushpop(heap, item) {
    if len(heap) > 0 and heap[0] < item {
        item, heap[0] = heap[0], item
        _py_heapq_siftup(heap, 0)
    }
    return item
}

def _py_heapq_nsmallest(n, iterable, key=None) {
    items = list(iterable)
    if key is None {
        return sorted(items)[:n]
    }
    return sorted(items, key=key)[:n]
}

def _py_heapq_nlargest(n, iterable, key=None) {
    items = list(iterable)
    if key is None {
        return sorted(items, reverse=True)[:n]
    }
    return sorted(items, key=key, reverse=True)[:n]
}

def _py_heapq_merge(*iterables, key=None, reverse=False) {
    items = []
    for it in iterables {
        items.extend(it)
    }
    if key is None {
        return sorted(items, reverse=reverse)
    }
    return sorted(items, key=key, reverse=reverse)
}

# bisect: positions in a sorted list, and insertion that keeps it sorted.
def _py_bisect_bisect_left(a, x, lo=0, hi=None, *, key=None) {
    if lo < 0 {
        raise ValueError("lo must be non-negative")
    }
    if hi is None {
        hi = len(a)
    }
    while lo < hi {
        mid = (lo + hi) // 2
        v = a[mid] if key is None else key(a[mid])
        if v < x {
            lo = mid + 1
        } else {
            hi = mid
        }
    }
    return lo
}

def _py_bisect_bisect_right(a, x, lo=0, hi=None, *, key=None) {
    if lo < 0 {
        raise ValueError("lo must be non-negative")
    }
    if hi is None {
        hi = len(a)
    }
    while lo < hi {
        mid = (lo + hi) // 2
        v = a[mid] if key is None else key(a[mid])
        if x < v {
            hi = mid
        } else {
            lo = mid + 1
        }
    }
    return lo
}

def _py_bisect_insort_left(a, x, lo=0, hi=None, *, key=None) {
    k = x if key is None else key(x)
    a.insert(_py_bisect_bisect_left(a, k, lo, hi, key=key), x)
}

def _py_bisect_insort_right(a, x, lo=0, hi=None, *, key=None) {
    k = x if key is None else key(x)
    a.insert(_py_bisect_bisect_right(a, k, lo, hi, key=key), x)
}

# abc: abstractmethod marks a function; a subclass of ABC lists the marked
# methods it has not overridden in `__abstractmethods__`, and such a class
# cannot be instantiated (the check is in Class::instantiate).
class _py_abc_ABC {
    __name__ = "ABC"
    def __init_subclass__(cls) {
        names = []
        for base in cls.__mro__ {
            for name in base.__dict__ {
                if name not in names {
                    names.append(name)
                }
            }
        }
        cls.__abstractmethods__ = tuple(sorted(n for n in names if getattr(getattr(cls, n, None), "__isabstractmethod__", False)))
    }
}

def _py_abc_abstractmethod(f) {
    f.__isabstractmethod__ = True
    return f
}
