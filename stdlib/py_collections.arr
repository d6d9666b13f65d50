# Python's `collections`, written in arr: Counter, defaultdict, OrderedDict,
# deque and namedtuple. arr's classes cannot subclass the built-in dict,
# list or tuple, so the dict-like classes keep their items in a dict
# (`self._data`), deque keeps them in a list (`self._items`) and a namedtuple
# instance keeps its fields as attributes. They print, compare, index and
# iterate as Python's do; tests/scripts/pystdlib/ runs them against CPython.
#
# What stays different from Python (arr's object model, not these classes):
# `isinstance(c, dict)` and `isinstance(p, tuple)` are False; `dict(c)` and
# `f(**c)` need a real dict (`dict(c.items())`); instances are unhashable,
# so namedtuples cannot be dict keys or set members; `del d[k]` and the
# in-place operators need arr to dispatch `__delitem__` and `__iadd__` (the
# methods are here; `pop` works today, and `c += d` rebinds `c` to `c + d`,
# so `dq += [x]` on a deque is a TypeError where Python extends it); unary
# `+c` does not reach `__pos__`; namedtuple fields can be reassigned, and
# `type(p).__name__` of a namedtuple is the class's internal name (its repr
# is Python's). OrderedDict prints as Python 3.11 does (3.12 changed it).

# The names Python prints for these classes (`type(self).__name__` is the
# arr name; a user subclass keeps its own).
_py_collections_NAMES = {
    "_py_Counter": "Counter",
    "_py_defaultdict": "defaultdict",
    "_py_OrderedDict": "OrderedDict",
    "_py_deque": "deque",
    "_py_collections_Dict": "dict",
}

def _py_collections_name(obj) {
    n = type(obj).__name__
    return _py_collections_NAMES.get(n, n)
}

def _py_collections_is_mapping(x) {
    return isinstance(x, dict) or isinstance(x, _py_collections_Dict) or (hasattr(x, "keys") and hasattr(x, "__getitem__"))
}

# The items of a dict or of one of the dict-like classes here, as a dict.
def _py_collections_as_dict(x) {
    if isinstance(x, dict) {
        return x
    }
    if isinstance(x, _py_collections_Dict) {
        return x._data
    }
    return {k: x[k] for k in x.keys()}
}

# A dict as a class: the base of Counter, defaultdict and OrderedDict. Every
# read goes through __getitem__ / __missing__ and every write through
# __setitem__, as dict subclasses see them in Python.
class _py_collections_Dict {
    def __init__(self, *args, **kwargs) {
        if len(args) > 1 {
            raise TypeError(f"dict expected at most 1 argument, got {len(args)}")
        }
        self._data = {}
        self.update(*args, **kwargs)
    }

    def update(self, *args, **kwargs) {
        if len(args) > 1 {
            raise TypeError(f"update expected at most 1 argument, got {len(args)}")
        }
        self._py_update(args, kwargs)
    }

    def _py_update(self, args, kwargs) {
        if args {
            other = args[0]
            if _py_collections_is_mapping(other) {
                for k in list(other.keys()) {
                    self[k] = other[k]
                }
            } else {
                i = 0
                for item in other {
                    pair = list(item)
                    if len(pair) != 2 {
                        raise ValueError(f"dictionary update sequence element #{i} has length {len(pair)}; 2 is required")
                    }
                    self[pair[0]] = pair[1]
                    i += 1
                }
            }
        }
        for k, v in kwargs.items() {
            self[k] = v
        }
    }

    def __missing__(self, key) {
        raise KeyError(key)
    }

    def __getitem__(self, key) {
        if key in self._data {
            return self._data[key]
        }
        return self.__missing__(key)
    }

    def __setitem__(self, key, value) {
        self._data[key] = value
    }

    def __delitem__(self, key) {
        if key not in self._data {
            raise KeyError(key)
        }
        self._data.pop(key)
    }

    def __contains__(self, key) = key in self._data
    def __len__(self) = len(self._data)
    def __iter__(self) = list(self._data)
    def __reversed__(self) = list(reversed(list(self._data)))
    def keys(self) = self._data.keys()
    def values(self) = self._data.values()
    def items(self) = self._data.items()

    def get(self, key, default=None) {
        if key in self._data {
            return self._data[key]
        }
        return default
    }

    def pop(self, key, *default) {
        if key in self._data {
            return self._data.pop(key)
        }
        if default {
            return default[0]
        }
        raise KeyError(key)
    }

    def popitem(self) {
        if not self._data {
            raise KeyError("popitem(): dictionary is empty")
        }
        key = list(self._data)[-1]
        return (key, self._data.pop(key))
    }

    def setdefault(self, key, default=None) {
        if key not in self._data {
            self[key] = default
        }
        return self._data[key]
    }

    def clear(self) {
        self._data.clear()
    }

    def copy(self) {
        return type(self)(self)
    }

    def __eq__(self, other) {
        if isinstance(other, _py_collections_Dict) or isinstance(other, dict) {
            return self._data == _py_collections_as_dict(other)
        }
        return False
    }

    def __or__(self, other) {
        if not (isinstance(other, _py_collections_Dict) or isinstance(other, dict)) {
            raise TypeError(f"unsupported operand type(s) for |: '{_py_collections_name(self)}' and '{type(other).__name__}'")
        }
        out = self.copy()
        out.update(other)
        return out
    }

    def __ror__(self, other) {
        if not isinstance(other, dict) {
            raise TypeError(f"unsupported operand type(s) for |: '{type(other).__name__}' and '{_py_collections_name(self)}'")
        }
        out = dict(other)
        out.update(self._data)
        return out
    }

    @classmethod
    def fromkeys(cls, iterable, value=None) {
        d = cls()
        for k in iterable {
            d[k] = value
        }
        return d
    }

    def __repr__(self) = repr(self._data)
}

# ---------------------------------------------------------------- Counter

class _py_Counter(_py_collections_Dict) {
    __name__ = "Counter"
    def __init__(self, *args, **kwargs) {
        if len(args) > 1 {
            raise TypeError(f"Counter.__init__() takes from 1 to 2 positional arguments but {len(args) + 1} were given")
        }
        self._data = {}
        self.update(*args, **kwargs)
    }

    def __missing__(self, key) = 0

    @classmethod
    def fromkeys(cls, iterable, v=None) {
        raise NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")
    }

    def total(self) = sum(self._data.values())

    # Python orders ties by first insertion (its sort is stable), and so
    # does arr's sorted with reverse=True.
    def most_common(self, n=None) {
        items = sorted(self._data.items(), key=lambda kv: kv[1], reverse=True)
        if n is None {
            return items
        }
        if n <= 0 {
            return []
        }
        return items[:n]
    }

    def elements(self) {
        out = []
        for k, n in self._data.items() {
            for _ in range(n) {
                out.append(k)
            }
        }
        return out
    }

    def update(self, *args, **kwargs) {
        if len(args) > 1 {
            raise TypeError(f"Counter.update() takes from 1 to 2 positional arguments but {len(args) + 1} were given")
        }
        if args and args[0] is not None {
            other = args[0]
            if _py_collections_is_mapping(other) {
                if self._data {
                    for k, n in _py_collections_as_dict(other).items() {
                        self[k] = n + self._data.get(k, 0)
                    }
                } else {
                    for k, n in _py_collections_as_dict(other).items() {
                        self[k] = n
                    }
                }
            } else {
                for k in other {
                    self[k] = self._data.get(k, 0) + 1
                }
            }
        }
        if kwargs {
            self.update(kwargs)
        }
    }

    def subtract(self, *args, **kwargs) {
        if len(args) > 1 {
            raise TypeError(f"Counter.subtract() takes from 1 to 2 positional arguments but {len(args) + 1} were given")
        }
        if args and args[0] is not None {
            other = args[0]
            if _py_collections_is_mapping(other) {
                for k, n in _py_collections_as_dict(other).items() {
                    self[k] = self._data.get(k, 0) - n
                }
            } else {
                for k in other {
                    self[k] = self._data.get(k, 0) - 1
                }
            }
        }
        if kwargs {
            self.subtract(kwargs)
        }
    }

    def copy(self) = type(self)(self)

    # Deleting a missing element is not an error for a Counter.
    def __delitem__(self, key) {
        if key in self._data {
            self._data.pop(key)
        }
    }

    def _py_binop(self, other, op) {
        if not isinstance(other, _py_Counter) {
            raise TypeError(f"unsupported operand type(s) for {op}: '{_py_collections_name(self)}' and '{_py_collections_name(other)}'")
        }
    }

    def __add__(self, other) {
        self._py_binop(other, "+")
        result = _py_Counter()
        for k, n in self._data.items() {
            m = n + other[k]
            if m > 0 {
                result[k] = m
            }
        }
        for k, n in other._data.items() {
            if k not in self._data and n > 0 {
                result[k] = n
            }
        }
        return result
    }

    def __sub__(self, other) {
        self._py_binop(other, "-")
        result = _py_Counter()
        for k, n in self._data.items() {
            m = n - other[k]
            if m > 0 {
                result[k] = m
            }
        }
        for k, n in other._data.items() {
            if k not in self._data and n < 0 {
                result[k] = 0 - n
            }
        }
        return result
    }

    def __or__(self, other) {
        self._py_binop(other, "|")
        result = _py_Counter()
        for k, n in self._data.items() {
            o = other[k]
            m = o if n < o else n
            if m > 0 {
                result[k] = m
            }
        }
        for k, n in other._data.items() {
            if k not in self._data and n > 0 {
                result[k] = n
            }
        }
        return result
    }

    def __and__(self, other) {
        self._py_binop(other, "&")
        result = _py_Counter()
        for k, n in self._data.items() {
            o = other[k]
            m = n if n < o else o
            if m > 0 {
                result[k] = m
            }
        }
        return result
    }

    # In-place forms, for when arr dispatches them (today `c += d` rebinds
    # `c` to `c + d`, which prints and compares the same).
    def _py_keep_positive(self) {
        for k in [k for k, n in self._data.items() if not n > 0] {
            self._data.pop(k)
        }
        return self
    }

    def __iadd__(self, other) {
        for k, n in other.items() {
            self[k] = self[k] + n
        }
        return self._py_keep_positive()
    }

    def __isub__(self, other) {
        for k, n in other.items() {
            self[k] = self[k] - n
        }
        return self._py_keep_positive()
    }

    def __ior__(self, other) {
        for k, n in other.items() {
            if n > self[k] {
                self[k] = n
            }
        }
        return self._py_keep_positive()
    }

    def __iand__(self, other) {
        for k, n in list(self._data.items()) {
            o = other[k]
            if o < n {
                self[k] = o
            }
        }
        return self._py_keep_positive()
    }

    def __pos__(self) {
        result = _py_Counter()
        for k, n in self._data.items() {
            if n > 0 {
                result[k] = n
            }
        }
        return result
    }

    def __neg__(self) {
        result = _py_Counter()
        for k, n in self._data.items() {
            if n < 0 {
                result[k] = 0 - n
            }
        }
        return result
    }

    # Python 3.10+: missing elements count as zero. A plain dict compares
    # as dicts do.
    def __eq__(self, other) {
        if isinstance(other, _py_Counter) {
            return all(self[e] == other[e] for e in list(self._data) + list(other._data))
        }
        if isinstance(other, _py_collections_Dict) or isinstance(other, dict) {
            return self._data == _py_collections_as_dict(other)
        }
        return False
    }

    def _py_cmp(self, other, op) {
        if not isinstance(other, _py_Counter) {
            raise TypeError(f"'{op}' not supported between instances of '{_py_collections_name(self)}' and '{_py_collections_name(other)}'")
        }
        return list(self._data) + list(other._data)
    }

    def __le__(self, other) = all(self[e] <= other[e] for e in self._py_cmp(other, "<="))
    def __ge__(self, other) = all(self[e] >= other[e] for e in self._py_cmp(other, ">="))
    def __lt__(self, other) = self <= other and self != other
    def __gt__(self, other) = self >= other and self != other

    def __repr__(self) {
        name = _py_collections_name(self)
        if not self._data {
            return f"{name}()"
        }
        d = {}
        try {
            for k, n in self.most_common() {
                d[k] = n
            }
        } except TypeError {
            d = self._data
        }
        return f"{name}({d!r})"
    }
}

# ------------------------------------------------------------ defaultdict

# How Python shows a default factory: builtin types as <class 'int'>.
def _py_collections_factory_repr(f) {
    if f is None {
        return "None"
    }
    for t in (int, float, str, list, dict, set, tuple, bool, object, type) {
        if f is t {
            return f"<class '{t.__name__}'>"
        }
    }
    for t in (_py_Counter, _py_defaultdict, _py_OrderedDict, _py_deque) {
        if f is t {
            return f"<class 'collections.{t.__name__}'>"
        }
    }
    return repr(f)
}

# factory(): arr's int(), float() and bool() need an argument.
def _py_collections_call0(f) {
    if f is int {
        return 0
    }
    if f is float {
        return 0.0
    }
    if f is bool {
        return False
    }
    return f()
}

class _py_defaultdict(_py_collections_Dict) {
    __name__ = "defaultdict"
    def __init__(self, default_factory=None, *args, **kwargs) {
        if default_factory is not None and not callable(default_factory) {
            raise TypeError("first argument must be callable or None")
        }
        if len(args) > 1 {
            raise TypeError(f"dict expected at most 1 argument, got {len(args)}")
        }
        self._data = {}
        self.default_factory = default_factory
        self.update(*args, **kwargs)
    }

    def __missing__(self, key) {
        if self.default_factory is None {
            raise KeyError(key)
        }
        value = _py_collections_call0(self.default_factory)
        self._data[key] = value
        return value
    }

    def copy(self) = type(self)(self.default_factory, self._data)

    def __or__(self, other) {
        if not (isinstance(other, _py_collections_Dict) or isinstance(other, dict)) {
            raise TypeError(f"unsupported operand type(s) for |: '{_py_collections_name(self)}' and '{type(other).__name__}'")
        }
        out = self.copy()
        out.update(other)
        return out
    }

    def __repr__(self) {
        return f"{_py_collections_name(self)}({_py_collections_factory_repr(self.default_factory)}, {self._data!r})"
    }
}

# ------------------------------------------------------------ OrderedDict

class _py_OrderedDict(_py_collections_Dict) {
    __name__ = "OrderedDict"
    def __init__(self, *args, **kwargs) {
        if len(args) > 1 {
            raise TypeError(f"expected at most 1 arguments, got {len(args)}")
        }
        self._data = {}
        self.update(*args, **kwargs)
    }

    def update(self, *args, **kwargs) {
        if len(args) > 1 {
            raise TypeError(f"update() takes at most 1 positional argument ({len(args)} given)")
        }
        self._py_update(args, kwargs)
    }

    def move_to_end(self, key, last=True) {
        if key not in self._data {
            raise KeyError(key)
        }
        value = self._data.pop(key)
        if last {
            self._data[key] = value
        } else {
            rest = self._data
            self._data = {key: value}
            for k, v in rest.items() {
                self._data[k] = v
            }
        }
    }

    def popitem(self, last=True) {
        if not self._data {
            raise KeyError("dictionary is empty")
        }
        key = list(self._data)[-1 if last else 0]
        return (key, self._data.pop(key))
    }

    # Two OrderedDicts compare in order; with a plain dict, as dicts.
    def __eq__(self, other) {
        if isinstance(other, _py_OrderedDict) {
            return self._data == other._data and list(self._data) == list(other._data)
        }
        if isinstance(other, _py_collections_Dict) or isinstance(other, dict) {
            return self._data == _py_collections_as_dict(other)
        }
        return False
    }

    # Python 3.11's form (3.12 prints OrderedDict({...})).
    def __repr__(self) {
        name = _py_collections_name(self)
        if not self._data {
            return f"{name}()"
        }
        return f"{name}({list(self._data.items())!r})"
    }
}

# ------------------------------------------------------------------ deque

class _py_deque {
    __name__ = "deque"
    def __init__(self, iterable=(), maxlen=None) {
        if maxlen is not None {
            if not isinstance(maxlen, int) or isinstance(maxlen, bool) {
                raise TypeError("an integer is required")
            }
            if maxlen < 0 {
                raise ValueError("maxlen must be non-negative")
            }
        }
        self._maxlen = maxlen
        self._items = []
        self.extend(iterable)
    }

    @property
    def maxlen(self) = self._maxlen

    def append(self, x) {
        if self._maxlen is not None and len(self._items) >= self._maxlen {
            if self._maxlen == 0 {
                return
            }
            self._items.pop(0)
        }
        self._items.append(x)
    }

    def appendleft(self, x) {
        if self._maxlen is not None and len(self._items) >= self._maxlen {
            if self._maxlen == 0 {
                return
            }
            self._items.pop()
        }
        self._items.insert(0, x)
    }

    def extend(self, iterable) {
        for x in list(iterable) {
            self.append(x)
        }
    }

    def extendleft(self, iterable) {
        for x in list(iterable) {
            self.appendleft(x)
        }
    }

    def pop(self) {
        if not self._items {
            raise IndexError("pop from an empty deque")
        }
        return self._items.pop()
    }

    def popleft(self) {
        if not self._items {
            raise IndexError("pop from an empty deque")
        }
        return self._items.pop(0)
    }

    def rotate(self, n=1) {
        k = len(self._items)
        if k <= 1 {
            return
        }
        n = n % k
        if n {
            self._items = self._items[k - n:] + self._items[:k - n]
        }
    }

    def clear(self) {
        self._items.clear()
    }

    def copy(self) = type(self)(self._items, self._maxlen)
    def count(self, x) = self._items.count(x)

    def index(self, x, start=0, stop=None) {
        n = len(self._items)
        if stop is None {
            stop = n
        }
        if start < 0 {
            start = max(start + n, 0)
        }
        if stop < 0 {
            stop = max(stop + n, 0)
        }
        for i in range(start, min(stop, n)) {
            if self._items[i] == x {
                return i
            }
        }
        raise ValueError(f"{x!r} is not in deque")
    }

    def insert(self, i, x) {
        if self._maxlen is not None and len(self._items) >= self._maxlen {
            raise IndexError("deque already at its maximum size")
        }
        self._items.insert(i, x)
    }

    def remove(self, x) {
        for i in range(len(self._items)) {
            if self._items[i] == x {
                self._items.pop(i)
                return
            }
        }
        raise ValueError(f"{x!r} is not in deque")
    }

    def reverse(self) {
        self._items.reverse()
    }

    def _py_index(self, i) {
        if not isinstance(i, int) {
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        }
        n = len(self._items)
        j = i + n if i < 0 else i
        if j < 0 or j >= n {
            raise IndexError("deque index out of range")
        }
        return j
    }

    def __getitem__(self, i) = self._items[self._py_index(i)]

    def __setitem__(self, i, x) {
        self._items[self._py_index(i)] = x
    }

    def __delitem__(self, i) {
        self._items.pop(self._py_index(i))
    }

    def __len__(self) = len(self._items)
    def __iter__(self) = list(self._items)
    def __reversed__(self) = list(reversed(self._items))
    def __contains__(self, x) = x in self._items

    def __eq__(self, other) = isinstance(other, _py_deque) and self._items == other._items

    def _py_other(self, other, op) {
        if not isinstance(other, _py_deque) {
            raise TypeError(f"'{op}' not supported between instances of 'collections.deque' and '{_py_collections_name(other)}'")
        }
        return other._items
    }

    def __lt__(self, other) = self._items < self._py_other(other, "<")
    def __le__(self, other) = self._items <= self._py_other(other, "<=")
    def __gt__(self, other) = self._items > self._py_other(other, ">")
    def __ge__(self, other) = self._items >= self._py_other(other, ">=")

    def __add__(self, other) {
        if not isinstance(other, _py_deque) {
            raise TypeError(f"can only concatenate deque (not \"{_py_collections_name(other)}\") to deque")
        }
        return type(self)(self._items + other._items, self._maxlen)
    }

    def __mul__(self, n) {
        out = []
        for _ in range(n) {
            out.extend(self._items)
        }
        return type(self)(out, self._maxlen)
    }

    def __rmul__(self, n) = self.__mul__(n)

    # In-place forms, for when arr dispatches them: today `d += xs` rebinds
    # `d` to `d + xs`, which needs a deque on the right.
    def __iadd__(self, other) {
        self.extend(other)
        return self
    }

    def __imul__(self, n) {
        items = list(self._items)
        self._items = []
        for _ in range(n) {
            self.extend(items)
        }
        return self
    }

    def __repr__(self) {
        name = _py_collections_name(self)
        if self._maxlen is None {
            return f"{name}({self._items!r})"
        }
        return f"{name}({self._items!r}, maxlen={self._maxlen})"
    }
}

# ------------------------------------------------------------- namedtuple

_py_collections_KEYWORDS = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
}

# The quoted names of a "missing arguments" message: 'x', 'x' and 'y',
# 'x', 'y', and 'z'.
def _py_collections_quoted(names) {
    q = [repr(n) for n in names]
    if len(q) == 1 {
        return q[0]
    }
    if len(q) == 2 {
        return f"{q[0]} and {q[1]}"
    }
    return ", ".join(q[:-1]) + ", and " + q[-1]
}

# seq[i] where i may be the slice object a class's __getitem__ receives.
def _py_collections_index(seq, i) {
    if type(i).__name__ == "slice" {
        return seq[i.start:i.stop:i.step]
    }
    return seq[i]
}

# What every namedtuple class shares; `_py_namedtuple` makes a subclass per
# call and sets `_fields`, `_field_defaults` and `_py_typename` on it.
class _py_collections_NamedTuple {
    def __init__(self, *args, **kwargs) {
        cls = type(self)
        fields = cls._fields
        name = cls._py_typename
        n = len(fields)
        if len(args) > n {
            given = len(args) + 1
            ndef = len(cls._field_defaults)
            if ndef {
                raise TypeError(f"{name}.__new__() takes from {n - ndef + 1} to {n + 1} positional arguments but {given} were given")
            }
            raise TypeError(f"{name}.__new__() takes {n + 1} positional arguments but {given} were given")
        }
        values = {}
        for i in range(len(args)) {
            values[fields[i]] = args[i]
        }
        for k, v in kwargs.items() {
            if k not in fields {
                raise TypeError(f"{name}.__new__() got an unexpected keyword argument '{k}'")
            }
            if k in values {
                raise TypeError(f"{name}.__new__() got multiple values for argument '{k}'")
            }
            values[k] = v
        }
        missing = []
        for f in fields {
            if f not in values {
                if f in cls._field_defaults {
                    values[f] = cls._field_defaults[f]
                } else {
                    missing.append(f)
                }
            }
        }
        if missing {
            s = "" if len(missing) == 1 else "s"
            raise TypeError(f"{name}.__new__() missing {len(missing)} required positional argument{s}: {_py_collections_quoted(missing)}")
        }
        for f in fields {
            setattr(self, f, values[f])
        }
    }

    @classmethod
    def _make(cls, iterable) {
        values = tuple(iterable)
        if len(values) != len(cls._fields) {
            raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(values)}")
        }
        return cls(*values)
    }

    def _py_tuple(self) = tuple(getattr(self, f) for f in type(self)._fields)

    def _asdict(self) = {f: getattr(self, f) for f in type(self)._fields}

    def _replace(self, **kwargs) {
        values = []
        for f in type(self)._fields {
            if f in kwargs {
                values.append(kwargs.pop(f))
            } else {
                values.append(getattr(self, f))
            }
        }
        if kwargs {
            raise ValueError(f"Got unexpected field names: {list(kwargs)!r}")
        }
        return type(self)(*values)
    }

    def __repr__(self) {
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in type(self)._fields)
        return f"{type(self)._py_typename}({inner})"
    }

    def __len__(self) = len(type(self)._fields)
    def __iter__(self) = list(self._py_tuple())
    def __reversed__(self) = list(reversed(self._py_tuple()))
    def __getitem__(self, i) = _py_collections_index(self._py_tuple(), i)
    def __contains__(self, x) = x in self._py_tuple()
    def __hash__(self) = hash(self._py_tuple())
    def count(self, x) = self._py_tuple().count(x)
    def index(self, x) = self._py_tuple().index(x)

    # A namedtuple is a tuple: it equals any tuple with the same items.
    def _py_other(self, other) {
        if isinstance(other, _py_collections_NamedTuple) {
            return other._py_tuple()
        }
        return other
    }

    def __eq__(self, other) {
        o = self._py_other(other)
        return isinstance(o, tuple) and self._py_tuple() == o
    }

    def __lt__(self, other) = self._py_tuple() < self._py_other(other)
    def __le__(self, other) = self._py_tuple() <= self._py_other(other)
    def __gt__(self, other) = self._py_tuple() > self._py_other(other)
    def __ge__(self, other) = self._py_tuple() >= self._py_other(other)
    def __add__(self, other) = self._py_tuple() + self._py_other(other)
    def __radd__(self, other) = other + self._py_tuple()
    def __mul__(self, n) = self._py_tuple() * n
    def __rmul__(self, n) = self._py_tuple() * n
}

def _py_namedtuple(typename, field_names, *, rename=False, defaults=None, module=None) {
    if isinstance(field_names, str) {
        field_names = field_names.replace(",", " ").split()
    }
    field_names = [str(f) for f in field_names]
    typename = str(typename)
    if rename {
        seen = set()
        for i in range(len(field_names)) {
            f = field_names[i]
            if not f.isidentifier() or f in _py_collections_KEYWORDS or f.startswith("_") or f in seen {
                field_names[i] = f"_{i}"
            }
            seen.add(field_names[i])
        }
    }
    for f in [typename] + field_names {
        if not f.isidentifier() {
            raise ValueError(f"Type names and field names must be valid identifiers: {f!r}")
        }
        if f in _py_collections_KEYWORDS {
            raise ValueError(f"Type names and field names cannot be a keyword: {f!r}")
        }
    }
    seen = set()
    for f in field_names {
        if f.startswith("_") and not rename {
            raise ValueError(f"Field names cannot start with an underscore: {f!r}")
        }
        if f in seen {
            raise ValueError(f"Encountered duplicate field name: {f!r}")
        }
        seen.add(f)
    }
    field_defaults = {}
    if defaults is not None {
        defaults = tuple(defaults)
        if len(defaults) > len(field_names) {
            raise TypeError("Got more default values than field names")
        }
        start = len(field_names) - len(defaults)
        for i in range(len(defaults)) {
            field_defaults[field_names[start + i]] = defaults[i]
        }
    }
    class _py_namedtuple_class(_py_collections_NamedTuple) { }
    _py_namedtuple_class._fields = tuple(field_names)
    _py_namedtuple_class.__match_args__ = tuple(field_names)
    _py_namedtuple_class._field_defaults = field_defaults
    _py_namedtuple_class._py_typename = typename
    return _py_namedtuple_class
}
