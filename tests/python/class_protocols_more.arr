# Properties with setters, __eq__ in containers, NotImplemented, __abs__,
# __round__, class introspection and unbound str methods.
class Temperature {
    def __init__(self, celsius=0.0) {
        self._celsius = celsius
    }

    @property
    def celsius(self) {
        return self._celsius
    }

    @celsius.setter
    def celsius(self, value) {
        if value < -273.15 {
            raise ValueError(f"{value} is below absolute zero")
        }
        self._celsius = value
    }

    @property
    def fahrenheit(self) {
        return self._celsius * 9 / 5 + 32
    }
}

t = Temperature(25)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try {
    t.celsius = -300
} except ValueError as e {
    print("ValueError:", e)
}
try {
    t.fahrenheit = 0
} except AttributeError as e {
    print("AttributeError:", e)
}

class Money {
    def __init__(self, cents) {
        self.cents = cents
    }
    def __eq__(self, other) {
        if not isinstance(other, Money) {
            return NotImplemented
        }
        return self.cents == other.cents
    }
    def __abs__(self) {
        return Money(abs(self.cents))
    }
    def __round__(self, ndigits=0) {
        return Money(round(self.cents, ndigits - 2))
    }
    def __repr__(self) {
        return f"Money({self.cents})"
    }
}

wallet = [Money(100), Money(-250), Money(999)]
print(Money(100) in wallet, Money(5) in wallet, wallet.count(Money(999)), wallet.index(Money(-250)))
print(Money(1) == 1, Money(1) != Money(2), abs(Money(-250)), round(Money(1234)), Money(7) in (Money(7),))

class Shape {
}

class Polygon(Shape) {
}

class Square(Polygon) {
}

print([c.__name__ for c in Square.__mro__], Square.__bases__[0].__name__, Shape.__bases__)

words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words, key=str.lower), list(map(str.upper, words[:2])), str.join("+", words[:3]))
print(dict.fromkeys(("x", "y"), 0), list(map(str.strip, ["  a ", "b  "])))

class Bag {
    def __init__(self, *things) {
        self.things = list(things)
    }
    def __iter__(self) {
        for t in self.things {
            yield t
        }
    }
}

print("pen" in Bag("pen", "cup"), "box" in Bag("pen"))
try {
    {"a": 1}["b"]
} except KeyError as e {
    print(repr(e), e.args, str(e))
}
try {
    {1: "one"}[2]
} except KeyError as e {
    print(repr(e), e.args[0] + 1)
}
