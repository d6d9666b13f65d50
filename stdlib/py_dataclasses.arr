# Python's `dataclasses`, written in arr under prefixed names
# (`_py_dataclasses_dataclass`...). @dataclass reads the class's annotated
# names in order (`x: int`, `y: float = 0.0`, `tags: list =
# field(default_factory=list)`), with the fields of dataclass bases first,
# and adds __init__ (then __post_init__), __repr__, __eq__, the ordering
# methods with order=True, and with frozen=True a __setattr__ that refuses
# assignment (FrozenInstanceError) and a __hash__.

class _py_dataclasses_MISSING_TYPE {
    __name__ = "_MISSING_TYPE"
    def __repr__(self) = "MISSING"
}

_py_dataclasses_MISSING = _py_dataclasses_MISSING_TYPE()

class FrozenInstanceError(AttributeError) {
}

_py_dataclasses_FrozenInstanceError = FrozenInstanceError

class _py_dataclasses_Field {
    __name__ = "Field"
    def __init__(self, default, default_factory, init, repr, compare, kw_only) {
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare
        self.kw_only = kw_only
    }

    def __repr__(self) = f"Field(name={self.name!r},type={self.type!r},default={self.default!r},default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},compare={self.compare!r},kw_only={self.kw_only!r})"
}

# dataclasses.field(*, default=MISSING, default_factory=MISSING, init=True,
# repr=True, compare=True, kw_only=MISSING)
def _py_dataclasses_field(*, default=_py_dataclasses_MISSING, default_factory=_py_dataclasses_MISSING, init=True, repr=True, hash=None, compare=True, metadata=None, kw_only=_py_dataclasses_MISSING) {
    if default is not _py_dataclasses_MISSING and default_factory is not _py_dataclasses_MISSING {
        raise ValueError("cannot specify both default and default_factory")
    }
    return _py_dataclasses_Field(default, default_factory, init, repr, compare, kw_only)
}

def _py_dataclasses_own_annotations(cls) {
    anns = getattr(cls, "__annotations__", None)
    if anns is None {
        return {}
    }
    for base in cls.__mro__[1:] {
        if getattr(base, "__annotations__", None) is anns {
            return {}
        }
    }
    return anns
}

def _py_dataclasses_is_classvar(ann) = ann.startswith("ClassVar") or ann.startswith("typing.ClassVar")

def _py_dataclasses_collect(cls, kw_only) {
    fields = {}
    for base in reversed(cls.__mro__[1:]) {
        base_fields = getattr(base, "__dataclass_fields__", None)
        if base_fields is not None {
            for name, f in base_fields.items() {
                fields[name] = f
            }
        }
    }
    for name, ann in _py_dataclasses_own_annotations(cls).items() {
        if _py_dataclasses_is_classvar(ann) {
            continue
        }
        default = getattr(cls, name, _py_dataclasses_MISSING)
        if isinstance(default, _py_dataclasses_Field) {
            f = default
        } else {
            if isinstance(default, (list, dict, set)) {
                raise ValueError(f"mutable default {type(default)} for field {name} is not allowed: use default_factory")
            }
            f = _py_dataclasses_Field(default, _py_dataclasses_MISSING, True, True, True, _py_dataclasses_MISSING)
        }
        f.name = name
        f.type = ann
        if f.kw_only is _py_dataclasses_MISSING {
            f.kw_only = kw_only
        }
        if f.default is not _py_dataclasses_MISSING {
            setattr(cls, name, f.default)
        }
        fields[name] = f
    }
    return fields
}

def _py_dataclasses_has_default(f) = f.default is not _py_dataclasses_MISSING or f.default_factory is not _py_dataclasses_MISSING

def _py_dataclasses_make_init(cls, fields, frozen) {
    params = [f for f in fields.values() if f.init]
    positional = [f for f in params if not f.kw_only]
    seen_default = False
    for f in positional {
        if _py_dataclasses_has_default(f) {
            seen_default = True
        } elif seen_default {
            raise TypeError(f"non-default argument '{f.name}' follows default argument")
        }
    }
    def __init__(self, *args, **kwargs) {
        if len(args) > len(positional) {
            required = len([f for f in positional if not _py_dataclasses_has_default(f)])
            takes = f"{len(positional) + 1}" if required == len(positional) else f"from {required + 1} to {len(positional) + 1}"
            raise TypeError(f"{cls.__name__}.__init__() takes {takes} positional arguments but {len(args) + 1} were given")
        }
        values = {}
        for f, v in zip(positional, args) {
            values[f.name] = v
        }
        for k, v in kwargs.items() {
            known = [f for f in params if f.name == k]
            if not known {
                raise TypeError(f"{cls.__name__}.__init__() got an unexpected keyword argument '{k}'")
            }
            if k in values {
                raise TypeError(f"{cls.__name__}.__init__() got multiple values for argument '{k}'")
            }
            values[k] = v
        }
        missing = [f.name for f in params if f.name not in values and not _py_dataclasses_has_default(f)]
        if missing {
            names = [f"'{m}'" for m in missing]
            listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
            s = "" if len(missing) == 1 else "s"
            raise TypeError(f"{cls.__name__}.__init__() missing {len(missing)} required positional argument{s}: {listed}")
        }
        for f in fields.values() {
            if f.name in values {
                v = values[f.name]
            } elif f.default_factory is not _py_dataclasses_MISSING {
                v = f.default_factory()
            } elif f.default is not _py_dataclasses_MISSING {
                v = f.default
            } else {
                continue
            }
            object.__setattr__(self, f.name, v)
        }
        if hasattr(self, "__post_init__") {
            self.__post_init__()
        }
    }
    return __init__
}

def _py_dataclasses_process(cls, init, repr, eq, order, frozen, kw_only) {
    fields = _py_dataclasses_collect(cls, kw_only)
    cls.__dataclass_fields__ = fields
    if "__match_args__" not in cls.__dict__ {
        cls.__match_args__ = tuple(name for name, f in fields.items() if f.init and not f.kw_only)
    }
    if init {
        cls.__init__ = _py_dataclasses_make_init(cls, fields, frozen)
    }
    if repr {
        def __repr__(self) {
            parts = [f"{f.name}={getattr(self, f.name)!r}" for f in fields.values() if f.repr]
            return f"{type(self).__name__}({', '.join(parts)})"
        }
        cls.__repr__ = __repr__
    }
    def key(self) = tuple(getattr(self, f.name) for f in fields.values() if f.compare)
    if eq {
        def __eq__(self, other) {
            if type(other) is not type(self) {
                return NotImplemented
            }
            return key(self) == key(other)
        }
        cls.__eq__ = __eq__
    }
    if order {
        if not eq {
            raise ValueError("eq must be true if order is true")
        }
        def check(self, other) = type(other) is type(self)
        def __lt__(self, other) = key(self) < key(other) if check(self, other) else NotImplemented
        def __le__(self, other) = key(self) <= key(other) if check(self, other) else NotImplemented
        def __gt__(self, other) = key(self) > key(other) if check(self, other) else NotImplemented
        def __ge__(self, other) = key(self) >= key(other) if check(self, other) else NotImplemented
        cls.__lt__ = __lt__
        cls.__le__ = __le__
        cls.__gt__ = __gt__
        cls.__ge__ = __ge__
    }
    if frozen {
        def __setattr__(self, name, value) {
            raise _py_dataclasses_FrozenInstanceError(f"cannot assign to field '{name}'")
        }
        cls.__setattr__ = __setattr__
        def __hash__(self) = hash(key(self))
        cls.__hash__ = __hash__
    }
    return cls
}

# @dataclass, @dataclass(), @dataclass(order=True, frozen=True, ...)
def _py_dataclasses_dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False) {
    def wrap(c) = _py_dataclasses_process(c, init, repr, eq, order, frozen, kw_only)
    if cls is None {
        return wrap
    }
    return wrap(cls)
}

def _py_dataclasses_fields_of(obj) {
    fields = getattr(obj, "__dataclass_fields__", None)
    if fields is None {
        raise TypeError("must be called with a dataclass type or instance")
    }
    return fields
}

# dataclasses.fields(obj)
def _py_dataclasses_fields(obj) = tuple(_py_dataclasses_fields_of(obj).values())

# dataclasses.is_dataclass(obj)
def _py_dataclasses_is_dataclass(obj) = hasattr(obj, "__dataclass_fields__")

def _py_dataclasses_copy_value(v, to_dict) {
    if hasattr(v, "__dataclass_fields__") and not isinstance(v, type) {
        return _py_dataclasses_asdict(v) if to_dict else _py_dataclasses_astuple(v)
    }
    if isinstance(v, list) {
        return [_py_dataclasses_copy_value(x, to_dict) for x in v]
    }
    if isinstance(v, tuple) {
        return tuple(_py_dataclasses_copy_value(x, to_dict) for x in v)
    }
    if isinstance(v, dict) {
        return {_py_dataclasses_copy_value(k, to_dict): _py_dataclasses_copy_value(x, to_dict) for k, x in v.items()}
    }
    return v
}

# dataclasses.asdict(obj): recursively, as dicts.
def _py_dataclasses_asdict(obj) = {f.name: _py_dataclasses_copy_value(getattr(obj, f.name), True) for f in _py_dataclasses_fields_of(obj).values()}

# dataclasses.astuple(obj)
def _py_dataclasses_astuple(obj) = tuple(_py_dataclasses_copy_value(getattr(obj, f.name), False) for f in _py_dataclasses_fields_of(obj).values())

# dataclasses.replace(obj, **changes)
def _py_dataclasses_replace(obj, **changes) {
    fields = _py_dataclasses_fields_of(obj)
    kwargs = {f.name: getattr(obj, f.name) for f in fields.values() if f.init}
    for k, v in changes.items() {
        if k not in fields {
            raise TypeError(f"{type(obj).__name__}.__init__() got an unexpected keyword argument '{k}'")
        }
        kwargs[k] = v
    }
    return type(obj)(**kwargs)
}
