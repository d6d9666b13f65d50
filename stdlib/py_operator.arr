# Python's `operator` and `string` modules, written in arr under prefixed
# names (`_py_operator_add`, `_py_string_digits`); `import operator` and
# `import string` reach them through the module table, which loads this
# file the first time.

def _py_operator_add(a, b) = a + b
def _py_operator_sub(a, b) = a - b
def _py_operator_mul(a, b) = a * b
def _py_operator_truediv(a, b) = a / b
def _py_operator_floordiv(a, b) = a // b
def _py_operator_mod(a, b) = a % b
def _py_operator_pow(a, b) = a ** b
def _py_operator_matmul(a, b) = a @ b
def _py_operator_neg(a) = -a
def _py_operator_pos(a) = +a
def _py_operator_abs(a) = abs(a)
def _py_operator_not_(a) = not a
def _py_operator_truth(a) = bool(a)
def _py_operator_and_(a, b) = a & b
def _py_operator_or_(a, b) = a | b
def _py_operator_xor(a, b) = a ^ b
def _py_operator_lshift(a, b) = a << b
def _py_operator_rshift(a, b) = a >> b
def _py_operator_invert(a) = ~a
def _py_operator_eq(a, b) = a == b
def _py_operator_ne(a, b) = a != b
def _py_operator_lt(a, b) = a < b
def _py_operator_le(a, b) = a <= b
def _py_operator_gt(a, b) = a > b
def _py_operator_ge(a, b) = a >= b
def _py_operator_is_(a, b) = a is b
def _py_operator_is_not(a, b) = a is not b
def _py_operator_contains(a, b) = b in a
def _py_operator_getitem(a, b) = a[b]
def _py_operator_countOf(a, b) = sum(1 for x in a if x == b)

def _py_operator_indexOf(a, b) {
    for i, x in enumerate(a) {
        if x == b {
            return i
        }
    }
    raise ValueError("sequence.index(x): x not in sequence")
}

# operator.itemgetter(*items): obj[item], or a tuple of them.
class _py_operator_itemgetter {
    __name__ = "itemgetter"
    def __init__(self, *items) {
        if len(items) == 0 {
            raise TypeError("itemgetter expected 1 argument, got 0")
        }
        self._items = items
    }

    def __call__(self, obj) {
        if len(self._items) == 1 {
            return obj[self._items[0]]
        }
        return tuple(obj[i] for i in self._items)
    }

    def __repr__(self) = "operator.itemgetter(" + ", ".join(repr(i) for i in self._items) + ")"
}

# operator.attrgetter(*names): dotted names reach nested attributes.
class _py_operator_attrgetter {
    __name__ = "attrgetter"
    def __init__(self, *names) {
        if len(names) == 0 {
            raise TypeError("attrgetter expected 1 argument, got 0")
        }
        for n in names {
            if not isinstance(n, str) {
                raise TypeError("attribute name must be a string")
            }
        }
        self._names = names
    }

    def _get(self, obj, name) {
        for part in name.split(".") {
            obj = getattr(obj, part)
        }
        return obj
    }

    def __call__(self, obj) {
        if len(self._names) == 1 {
            return self._get(obj, self._names[0])
        }
        return tuple(self._get(obj, n) for n in self._names)
    }

    def __repr__(self) = "operator.attrgetter(" + ", ".join(repr(n) for n in self._names) + ")"
}

# operator.methodcaller(name, *args, **kwargs)
class _py_operator_methodcaller {
    __name__ = "methodcaller"
    def __init__(self, name, *args, **kwargs) {
        if not isinstance(name, str) {
            raise TypeError("method name must be a string")
        }
        self._name = name
        self._args = args
        self._kwargs = kwargs
    }

    def __call__(self, obj) = getattr(obj, self._name)(*self._args, **self._kwargs)
}

# `string`'s constants.
_py_string_ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
_py_string_ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_py_string_ascii_letters = _py_string_ascii_lowercase + _py_string_ascii_uppercase
_py_string_digits = "0123456789"
_py_string_hexdigits = "0123456789abcdefABCDEF"
_py_string_octdigits = "01234567"
_py_string_punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_py_string_whitespace = " \t\n\r\x0b\x0c"
_py_string_printable = _py_string_digits + _py_string_ascii_letters + _py_string_punctuation + _py_string_whitespace

# string.capwords(s, sep=None)
def _py_string_capwords(s, sep=None) {
    if sep is None {
        return " ".join(w.capitalize() for w in s.split())
    }
    return sep.join(w.capitalize() for w in s.split(sep))
}
