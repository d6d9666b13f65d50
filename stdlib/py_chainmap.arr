# Python's `collections.ChainMap`, written in arr after CPython 3.11's
# Lib/collections/__init__.py (`_py_collections_ChainMap`). A ChainMap
# keeps a list of mappings (`maps`): lookups search them in order, writes
# and deletions change only the first. The maps may be dicts or any object
# with `keys` and `__getitem__` (Counter, defaultdict, another ChainMap).
# keys(), values() and items() are views of the ChainMap, as Python's are.
#
# What stays different from Python (arr's object model, not this class):
# `isinstance(cm, dict)` is False and `dict(cm)` / `f(**cm)` need a real
# dict (`dict(cm.items())`); `cm |= other` rebinds `cm` to `cm | other` (a
# copy) unless arr dispatches `__ior__` (the method is here), so the first
# map is not updated in place; a ChainMap that contains itself is not
# shown as `...` in its repr.

def _py_collections_chainmap_is_mapping(x) {
    return isinstance(x, dict) or (hasattr(x, "keys") and hasattr(x, "__getitem__"))
}

def _py_collections_chainmap_keys(m) {
    if isinstance(m, dict) {
        return list(m)
    }
    return list(m.keys())
}

# The name Python prints for a ChainMap (or the user's subclass).
def _py_collections_chainmap_name(obj) {
    n = type(obj).__name__
    return "ChainMap" if n == "_py_collections_ChainMap" else n
}

class _py_collections_ChainMap {
    __name__ = "ChainMap"

    def __init__(self, *maps) {
        self.maps = list(maps) if len(maps) > 0 else [{}]
    }

    def __missing__(self, key) {
        raise KeyError(key)
    }

    def __getitem__(self, key) {
        for mapping in self.maps {
            try {
                return mapping[key]
            } except KeyError {
                pass
            }
        }
        return self.__missing__(key)
    }

    def get(self, key, default=None) {
        if key in self {
            return self[key]
        }
        return default
    }

    def _py_keys(self) {
        d = {}
        for mapping in reversed(self.maps) {
            for k in _py_collections_chainmap_keys(mapping) {
                d[k] = None
            }
        }
        return list(d)
    }

    def __len__(self) = len(self._py_keys())
    def __iter__(self) = iter(self._py_keys())

    def __contains__(self, key) {
        for m in self.maps {
            if key in m {
                return True
            }
        }
        return False
    }

    def __bool__(self) {
        for m in self.maps {
            if m {
                return True
            }
        }
        return False
    }

    def __repr__(self) {
        return _py_collections_chainmap_name(self) + "(" + ", ".join([repr(m) for m in self.maps]) + ")"
    }

    @classmethod
    def fromkeys(cls, iterable, *args) {
        value = args[0] if len(args) > 0 else None
        return cls({k: value for k in iterable})
    }

    def copy(self) = type(self)(self.maps[0].copy(), *self.maps[1:])
    def __copy__(self) = self.copy()

    def new_child(self, m=None, **kwargs) {
        if m is None {
            m = kwargs
        } elif kwargs {
            m.update(kwargs)
        }
        return type(self)(m, *self.maps)
    }

    @property
    def parents(self) = type(self)(*self.maps[1:])

    def __setitem__(self, key, value) {
        self.maps[0][key] = value
    }

    def __delitem__(self, key) {
        if key not in self.maps[0] {
            raise KeyError(f"Key not found in the first mapping: {key!r}")
        }
        self.maps[0].pop(key)
    }

    def popitem(self) {
        if not self.maps[0] {
            raise KeyError("No keys found in the first mapping.")
        }
        return self.maps[0].popitem()
    }

    def pop(self, key, *args) {
        if key in self.maps[0] {
            return self.maps[0].pop(key)
        }
        if len(args) > 0 {
            return args[0]
        }
        raise KeyError(f"Key not found in the first mapping: {key!r}")
    }

    def clear(self) {
        self.maps[0].clear()
    }

    # MutableMapping's mixin methods
    def update(self, *args, **kwds) {
        if len(args) > 1 {
            raise TypeError(f"update expected at most 1 argument, got {len(args)}")
        }
        if len(args) == 1 {
            other = args[0]
            if _py_collections_chainmap_is_mapping(other) {
                for key in _py_collections_chainmap_keys(other) {
                    self[key] = other[key]
                }
            } else {
                for key, value in other {
                    self[key] = value
                }
            }
        }
        for key, value in kwds.items() {
            self[key] = value
        }
    }

    def setdefault(self, key, default=None) {
        try {
            return self[key]
        } except KeyError {
            self[key] = default
        }
        return default
    }

    def keys(self) = _py_collections_ChainMapKeysView(self)
    def items(self) = _py_collections_ChainMapItemsView(self)
    def values(self) = _py_collections_ChainMapValuesView(self)

    def _py_dict(self) = {k: self[k] for k in self._py_keys()}

    def __eq__(self, other) {
        if not _py_collections_chainmap_is_mapping(other) {
            return NotImplemented
        }
        theirs = {k: other[k] for k in _py_collections_chainmap_keys(other)}
        return self._py_dict() == theirs
    }

    def __ne__(self, other) {
        r = self.__eq__(other)
        if r is NotImplemented {
            return not (self is other)
        }
        return not r
    }

    def __ior__(self, other) {
        self.maps[0].update(other if isinstance(other, dict) else {k: other[k] for k in _py_collections_chainmap_keys(other)})
        return self
    }

    def __or__(self, other) {
        if not _py_collections_chainmap_is_mapping(other) {
            return NotImplemented
        }
        m = self.copy()
        for k in _py_collections_chainmap_keys(other) {
            m.maps[0][k] = other[k]
        }
        return m
    }

    def __ror__(self, other) {
        if not _py_collections_chainmap_is_mapping(other) {
            return NotImplemented
        }
        m = {k: other[k] for k in _py_collections_chainmap_keys(other)}
        for child in reversed(self.maps) {
            for k in _py_collections_chainmap_keys(child) {
                m[k] = child[k]
            }
        }
        return type(self)(m)
    }
}

# keys(), items() and values() of a ChainMap: live views, as Python's
# KeysView / ItemsView / ValuesView of a Mapping.
class _py_collections_ChainMapKeysView {
    __name__ = "KeysView"
    def __init__(self, mapping) {
        self._mapping = mapping
    }
    def __len__(self) = len(self._mapping)
    def __iter__(self) = iter(self._mapping._py_keys())
    def __contains__(self, key) = key in self._mapping
    def __repr__(self) = f"KeysView({self._mapping!r})"
    def __eq__(self, other) = set(self._mapping._py_keys()) == set(other)
    def __ne__(self, other) = not self.__eq__(other)
    def __and__(self, other) = set(self._mapping._py_keys()) & set(other)
    def __or__(self, other) = set(self._mapping._py_keys()) | set(other)
    def __sub__(self, other) = set(self._mapping._py_keys()) - set(other)
    def __xor__(self, other) = set(self._mapping._py_keys()) ^ set(other)
    def isdisjoint(self, other) {
        for k in other {
            if k in self._mapping {
                return False
            }
        }
        return True
    }
}

class _py_collections_ChainMapItemsView {
    __name__ = "ItemsView"
    def __init__(self, mapping) {
        self._mapping = mapping
    }
    def __len__(self) = len(self._mapping)
    def __iter__(self) = iter(self._py_items())
    def _py_items(self) = [(k, self._mapping[k]) for k in self._mapping._py_keys()]
    def __contains__(self, item) {
        key, value = item
        if key not in self._mapping {
            return False
        }
        v = self._mapping[key]
        return v is value or v == value
    }
    def __repr__(self) = f"ItemsView({self._mapping!r})"
    def __eq__(self, other) = set(self._py_items()) == set(other)
    def __ne__(self, other) = not self.__eq__(other)
    def __and__(self, other) = set(self._py_items()) & set(other)
    def __or__(self, other) = set(self._py_items()) | set(other)
    def __sub__(self, other) = set(self._py_items()) - set(other)
    def __xor__(self, other) = set(self._py_items()) ^ set(other)
}

class _py_collections_ChainMapValuesView {
    __name__ = "ValuesView"
    def __init__(self, mapping) {
        self._mapping = mapping
    }
    def __len__(self) = len(self._mapping)
    def __iter__(self) = iter([self._mapping[k] for k in self._mapping._py_keys()])
    def __contains__(self, value) {
        for k in self._mapping._py_keys() {
            v = self._mapping[k]
            if v is value or v == value {
                return True
            }
        }
        return False
    }
    def __repr__(self) = f"ValuesView({self._mapping!r})"
}
