# Python's `enum`, written in arr under prefixed names (`_py_enum_Enum`...).
# A subclass's plain class attributes become its members when the class is
# made (Enum.__init_subclass__): each an instance with `name` and `value`,
# and the class then answers `for m in Color`, `len(Color)`, `Color["RED"]`
# and `Color(1)` through its `_member_map_` (src/object/enum_class.rs).

class _py_enum_auto {
    __name__ = "auto"
    def __repr__(self) = "auto()"
}

def _py_enum_is_member(name, value) {
    if name.startswith("_") {
        return False
    }
    kind = type(value).__name__
    return not (callable(value) or kind in ("staticmethod", "classmethod", "property", "function", "type"))
}

class _py_enum_Enum {
    __name__ = "Enum"
    def __init__(self, *args) {
    }

    def __init_subclass__(cls) {
        members = {}
        last = 0
        for name, value in list(cls.__dict__.items()) {
            if not _py_enum_is_member(name, value) {
                continue
            }
            if isinstance(value, _py_enum_auto) {
                value = last + 1 if isinstance(last, int) else 1
            }
            last = value
            alias = None
            for m in members.values() {
                if m._value_ == value {
                    alias = m
                    break
                }
            }
            if alias is not None {
                setattr(cls, name, alias)
                continue
            }
            m = cls(*value) if isinstance(value, tuple) else cls(value)
            object.__setattr__(m, "_name_", name)
            object.__setattr__(m, "_value_", value)
            setattr(cls, name, m)
            members[name] = m
        }
        if members {
            cls._member_map_ = members
            cls.__members__ = dict(members)
        }
    }

    @property
    def name(self) = self._name_

    @property
    def value(self) = self._value_

    def __repr__(self) = f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self) = f"{type(self).__name__}.{self._name_}"

    def __format__(self, spec) = format(str(self), spec)

    def __hash__(self) = hash(self._name_)

    def __reduce_ex__(self, proto) = (type(self), (self._value_,))
}

def _py_enum_value_of(x) = x._value_ if isinstance(x, _py_enum_Enum) else x

class _py_enum_IntEnum(_py_enum_Enum) {
    __name__ = "IntEnum"
    def __eq__(self, other) = self._value_ == _py_enum_value_of(other)
    def __ne__(self, other) = self._value_ != _py_enum_value_of(other)
    def __lt__(self, other) = self._value_ < _py_enum_value_of(other)
    def __le__(self, other) = self._value_ <= _py_enum_value_of(other)
    def __gt__(self, other) = self._value_ > _py_enum_value_of(other)
    def __ge__(self, other) = self._value_ >= _py_enum_value_of(other)
    def __hash__(self) = hash(self._value_)
    def __int__(self) = self._value_
    def __index__(self) = self._value_
    def __float__(self) = float(self._value_)
    def __str__(self) = str(self._value_)
    def __format__(self, spec) = format(self._value_, spec)
    def __add__(self, other) = self._value_ + _py_enum_value_of(other)
    def __radd__(self, other) = _py_enum_value_of(other) + self._value_
    def __sub__(self, other) = self._value_ - _py_enum_value_of(other)
    def __rsub__(self, other) = _py_enum_value_of(other) - self._value_
    def __mul__(self, other) = self._value_ * _py_enum_value_of(other)
    def __rmul__(self, other) = _py_enum_value_of(other) * self._value_
}

class _py_enum_StrEnum(_py_enum_Enum) {
    __name__ = "StrEnum"
    def __eq__(self, other) = self._value_ == _py_enum_value_of(other)
    def __ne__(self, other) = self._value_ != _py_enum_value_of(other)
    def __hash__(self) = hash(self._value_)
    def __str__(self) = self._value_
    def __format__(self, spec) = format(self._value_, spec)
}

# enum.unique: no two members share a value.
def _py_enum_unique(cls) {
    dups = [name for name, m in cls.__dict__.items() if isinstance(m, cls) and m._name_ != name]
    if dups {
        pairs = ", ".join(f"{d} -> {getattr(cls, d)._name_}" for d in dups)
        raise ValueError(f"duplicate values found in <enum '{cls.__name__}'>: {pairs}")
    }
    return cls
}
