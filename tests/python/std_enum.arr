# enum: members with name and value, iteration, lookup, auto, IntEnum.
from enum import Enum, IntEnum, auto, unique


class Color(Enum) {
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self) {
        return f"{self.name.lower()} has value {self.value}"
    }

    @classmethod
    def default(cls) {
        return cls.GREEN
    }
}


print(Color.RED)
print(repr(Color.RED))
print(Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"])
print(list(Color))
print(len(Color), Color.RED in Color)
for c in Color {
    print(c.name, c.value, c.describe())
}
print(Color.default() is Color.GREEN, Color.RED == Color.RED, Color.RED == Color.BLUE)
print(Color.RED == 1, isinstance(Color.RED, Color))
try {
    Color(7)
} except ValueError as e {
    print("ValueError:", e)
}
try {
    Color["PURPLE"]
} except KeyError as e {
    print("KeyError:", e)
}
print(f"{Color.BLUE} and {Color.GREEN.name}")
status = {Color.RED: "stop", Color.GREEN: "go"}
print(status[Color.GREEN])
print(list(Color.__members__))


class Weekday(Enum) {
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = auto()
}


print([d.value for d in Weekday], Weekday.TUESDAY)


class Priority(IntEnum) {
    LOW = 1
    MEDIUM = 5
    HIGH = 10
}


print(Priority.HIGH > Priority.LOW, Priority.MEDIUM == 5, Priority.LOW + 1)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(repr(Priority(5)), int(Priority.HIGH), Priority.HIGH * 2)
tasks = [("write", Priority.LOW), ("fix bug", Priority.HIGH), ("review", Priority.MEDIUM)]
for name, p in sorted(tasks, key=lambda t: t[1], reverse=True) {
    print(f"{name:<8} {p.name:<6} {p.value:>3}")
}


class Planet(Enum) {
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius) {
        self.mass = mass
        self.radius = radius
    }

    @property
    def surface_gravity(self) {
        return 6.673e-11 * self.mass / (self.radius * self.radius)
    }
}


for p in Planet {
    print(p.name, p.value, round(p.surface_gravity, 2))
}


class Shape(Enum) {
    SQUARE = 2
    DIAMOND = 1
    ALIAS_FOR_SQUARE = 2
}


print(Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape))
try {
    @unique
    class Mistake(Enum) {
        ONE = 1
        TWO = 2
        UNO = 1
    }
} except ValueError as e {
    print("ValueError:", e)
}
