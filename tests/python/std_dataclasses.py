# dataclasses: generated __init__, __repr__, __eq__, ordering, frozen, helpers.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError


@dataclass
class Point:
    x: float
    y: float = 0.0

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3.0, 4.0)
print(p, p.norm())
print(Point(1.5), Point(y=2.0, x=1.0))
print(p == Point(3.0, 4.0), p == Point(3.0, 5.0))


@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)

    def add(self, name, n=1):
        self.items.append(name)
        self.counts[name] = self.counts.get(name, 0) + n


a = Inventory("ann")
b = Inventory("bob")
a.add("apple", 3)
a.add("pear")
print(a, b)
print(a.counts)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


versions = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9), Version(1, 2)]
print(sorted(versions))
print(Version(1, 2) < Version(1, 10), max(versions))


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

    def hex(self):
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"


red = Color(255, 0, 0)
print(red, red.hex())
try:
    red.r = 10
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(len({Color(1, 2, 3), Color(1, 2, 3), red}))


@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.width * self.height


print(Rect(2.0, 3.5))


@dataclass
class Employee:
    name: str
    dept: str
    salary: int = 50000


@dataclass
class Manager(Employee):
    reports: int = 0


m = Manager("kim", "eng", 90000, reports=4)
print(m)
print(asdict(m))
print(astuple(Point(1.0, 2.0)))
print(replace(p, y=0.5))
print([f.name for f in fields(Manager)])


@dataclass
class Line:
    start: Point
    end: Point


print(asdict(Line(Point(0.0, 0.0), Point(1.0, 1.0))))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1.0, 2.0, 3.0)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1.0, z=2.0)
except TypeError as e:
    print("TypeError:", e)
