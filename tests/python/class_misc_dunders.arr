# Class docstrings, __slots__, super().__str__/__repr__, raise from, exact float ratios
import json

class Shape {
    """A shape with a name."""
    def __init__(self, name) {
        self.name = name
    }
    def __repr__(self) {
        return f"Shape({self.name!r})"
    }
    def __str__(self) {
        return "<" + super().__str__() + ">"
    }
}

print(Shape.__doc__, Shape("sq"), repr(Shape("c")))

class Plain {
}

print(Plain.__doc__)

class AppError(Exception) {
    def __str__(self) {
        return "app: " + super().__str__()
    }
}

try {
    try {
        {}["k"]
    } except KeyError as e {
        raise AppError("lookup failed") from e
    }
} except AppError as e {
    print(e, repr(e), type(e.__cause__).__name__, e.__suppress_context__)
}

class Slotted {
    __slots__ = ("a", "b")
    def __init__(self) {
        self.a = 1
    }
}

s = Slotted()
s.b = 2
try {
    s.c = 3
} except AttributeError as e {
    print("AttributeError", e)
}

print((0.75).as_integer_ratio(), (0.1).as_integer_ratio(), (5).as_integer_ratio(), (-2.5).as_integer_ratio())
try {
    json.loads('{"a": 1,}')
} except json.JSONDecodeError as e {
    print(e.msg, e.pos, e.lineno, e.colno)
}
try {
    a, b = (1, 2, 3)
} except ValueError as e {
    print(e)
}
