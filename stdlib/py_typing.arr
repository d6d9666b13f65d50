# Python's `typing` at run time: annotations are never evaluated in arr,
# but programs build type aliases (`Vector = List[float]`), type variables
# and generic classes (`class Stack(Generic[T])`), cast values and define
# NamedTuple classes. The forms print as Python prints them.

def _py_typing_repr(t) {
    if t is None or t is type(None) {
        return "None"
    }
    if t is ... {
        return "..."
    }
    if isinstance(t, list) {
        return "[" + ", ".join(_py_typing_repr(x) for x in t) + "]"
    }
    for b in (int, float, str, bool, list, dict, set, tuple, object, type) {
        if t is b {
            return b.__name__
        }
    }
    if isinstance(t, type) {
        return f"__main__.{t.__name__}"
    }
    return repr(t)
}

class _py_typing_SpecialForm {
    __name__ = "_SpecialForm"

    def __init__(self, name, origin=None) {
        self._name = name
        self.__origin__ = origin
    }

    def __repr__(self) = f"typing.{self._name}"

    def __getitem__(self, params) {
        if not isinstance(params, tuple) {
            params = (params,)
        }
        if self._name == "Optional" {
            if len(params) != 1 {
                raise TypeError("Optional[t] requires a single type.")
            }
            return _py_typing_GenericAlias(_py_typing_Union, (params[0], type(None)))
        }
        return _py_typing_GenericAlias(self, params)
    }

    def __call__(self, *args, **kwargs) {
        if self.__origin__ is None {
            raise TypeError(f"Cannot instantiate typing.{self._name}")
        }
        return self.__origin__(*args, **kwargs)
    }

    def __or__(self, other) = _py_typing_GenericAlias(_py_typing_Union, (self, other))
}

class _py_typing_GenericAlias {
    __name__ = "_GenericAlias"

    def __init__(self, form, args) {
        self._form = form
        self.__origin__ = form.__origin__
        self.__args__ = args
    }

    def __repr__(self) {
        name = self._form._name
        args = self.__args__
        if name == "Union" and len(args) == 2 and (args[1] is type(None) or args[1] is None) {
            return f"typing.Optional[{_py_typing_repr(args[0])}]"
        }
        if name == "Tuple" and len(args) == 0 {
            return "typing.Tuple[()]"
        }
        inner = ", ".join(_py_typing_repr(a) for a in args)
        return f"typing.{name}[{inner}]"
    }

    def __call__(self, *args, **kwargs) {
        if self.__origin__ is None {
            raise TypeError(f"Type {self._form._name} cannot be instantiated")
        }
        return self.__origin__(*args, **kwargs)
    }

    def __eq__(self, other) = isinstance(other, _py_typing_GenericAlias) and self._form is other._form and self.__args__ == other.__args__

    def __hash__(self) = hash((self._form._name, self.__args__))

    def __or__(self, other) = _py_typing_GenericAlias(_py_typing_Union, (self, other))
}

class _py_typing_TypeVar {
    __name__ = "TypeVar"

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False) {
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
    }

    def __repr__(self) {
        if self.__covariant__ {
            return f"+{self.__name__}"
        }
        if self.__contravariant__ {
            return f"-{self.__name__}"
        }
        return f"~{self.__name__}"
    }
}

# `class Stack(Generic[T])`: subscripting gives the class back, so the
# subclass has Generic as its base and `Stack[int]()` makes a Stack.
class _py_typing_Generic {
    __name__ = "Generic"

    @classmethod
    def __class_getitem__(cls, params) = cls
}

class _py_typing_Protocol(_py_typing_Generic) {
    __name__ = "Protocol"
}

# `class Point(NamedTuple) { x: int; y: int = 0 }`: the annotated fields,
# in order, with their defaults, as a tuple-like record.
class _py_typing_NamedTuple {
    __name__ = "NamedTuple"

    def __init_subclass__(cls) {
        fields = tuple(cls.__dict__.get("__annotations__", {}).keys())
        cls._fields = fields
        cls.__match_args__ = fields
        defaults = {}
        for f in fields {
            if f in cls.__dict__ {
                defaults[f] = cls.__dict__[f]
            }
        }
        cls._field_defaults = defaults
    }

    def __init__(self, *args, **kwargs) {
        fields = type(self)._fields
        if len(args) > len(fields) {
            raise TypeError(f"{type(self).__name__}.__new__() takes {len(fields) + 1} positional arguments but {len(args) + 1} were given")
        }
        values = {}
        for f, v in zip(fields, args) {
            values[f] = v
        }
        for k, v in kwargs.items() {
            if k not in fields {
                raise TypeError(f"{type(self).__name__}.__new__() got an unexpected keyword argument '{k}'")
            }
            if k in values {
                raise TypeError(f"{type(self).__name__}.__new__() got multiple values for argument '{k}'")
            }
            values[k] = v
        }
        for f in fields {
            if f not in values {
                if f in type(self)._field_defaults {
                    values[f] = type(self)._field_defaults[f]
                } else {
                    raise TypeError(f"{type(self).__name__}.__new__() missing 1 required positional argument: '{f}'")
                }
            }
            object.__setattr__(self, f, values[f])
        }
    }

    def _tuple(self) = tuple(getattr(self, f) for f in type(self)._fields)

    def __repr__(self) {
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in type(self)._fields)
        return f"{type(self).__name__}({inner})"
    }

    def __iter__(self) = iter(self._tuple())
    def __len__(self) = len(type(self)._fields)
    def __getitem__(self, i) = self._tuple()[i]
    def __eq__(self, other) {
        if isinstance(other, _py_typing_NamedTuple) {
            return self._tuple() == other._tuple()
        }
        if isinstance(other, tuple) {
            return self._tuple() == other
        }
        return NotImplemented
    }
    def __hash__(self) = hash(self._tuple())
    def __lt__(self, other) = self._tuple() < tuple(other)
    def _asdict(self) = {f: getattr(self, f) for f in type(self)._fields}
    def _replace(self, **kwargs) {
        values = self._asdict()
        for k, v in kwargs.items() {
            if k not in values {
                raise ValueError(f"Got unexpected field names: [{k!r}]")
            }
            values[k] = v
        }
        return type(self)(**values)
    }
    def count(self, x) = self._tuple().count(x)
    def index(self, x) = self._tuple().index(x)
}

_py_typing_Union = _py_typing_SpecialForm("Union")
_py_typing_Optional = _py_typing_SpecialForm("Optional")
_py_typing_Any = _py_typing_SpecialForm("Any")
_py_typing_NoReturn = _py_typing_SpecialForm("NoReturn")
_py_typing_Literal = _py_typing_SpecialForm("Literal")
_py_typing_Final = _py_typing_SpecialForm("Final")
_py_typing_ClassVar = _py_typing_SpecialForm("ClassVar")
_py_typing_Annotated = _py_typing_SpecialForm("Annotated")
_py_typing_Callable = _py_typing_SpecialForm("Callable")
_py_typing_List = _py_typing_SpecialForm("List", list)
_py_typing_Dict = _py_typing_SpecialForm("Dict", dict)
_py_typing_Set = _py_typing_SpecialForm("Set", set)
_py_typing_FrozenSet = _py_typing_SpecialForm("FrozenSet")
_py_typing_Tuple = _py_typing_SpecialForm("Tuple", tuple)
_py_typing_Type = _py_typing_SpecialForm("Type", type)
_py_typing_Iterable = _py_typing_SpecialForm("Iterable")
_py_typing_Iterator = _py_typing_SpecialForm("Iterator")
_py_typing_Generator = _py_typing_SpecialForm("Generator")
_py_typing_Sequence = _py_typing_SpecialForm("Sequence")
_py_typing_Mapping = _py_typing_SpecialForm("Mapping")
_py_typing_MutableMapping = _py_typing_SpecialForm("MutableMapping")
_py_typing_DefaultDict = _py_typing_SpecialForm("DefaultDict")
_py_typing_Deque = _py_typing_SpecialForm("Deque")
_py_typing_Counter = _py_typing_SpecialForm("Counter")
_py_typing_TYPE_CHECKING = False

def _py_typing_cast(typ, val) = val
def _py_typing_overload(func) = func
def _py_typing_final(f) = f
def _py_typing_runtime_checkable(cls) = cls
def _py_typing_no_type_check(f) = f
