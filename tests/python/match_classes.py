# Class patterns: __match_args__, keyword sub-patterns, dataclasses, enums
from dataclasses import dataclass
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Circle:
    center: Point
    r: float

class Rect:
    __match_args__ = ("w", "h")
    def __init__(self, w, h):
        self.w = w
        self.h = h

def area(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle at origin, r={r}"
        case Circle(center=Point(x=x, y=y), r=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(c, r):
            return f"circle {c} r={r}"
        case Rect(w, h) if w == h:
            return f"square {w}"
        case Rect(w=w, h=h):
            return f"rect {w}x{h} area {w * h}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y):
            return f"point {x} {y}"
        case _:
            return "unknown"

for s in (Circle(Point(0, 0), 2), Circle(Point(1, 2), 20), Circle(Point(3, 4), 1), Rect(3, 3), Rect(2, 5), Point(0, 0), Point(5, 6), 42):
    print(area(s))

def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"

print(paint(Color.RED), paint(Color.GREEN))

def handle(event):
    match event:
        case {"kind": "click", "pos": (x, y)} if x > 100:
            return f"right click {x} {y}"
        case {"kind": "click", "pos": [x, y]}:
            return f"click {x} {y}"
        case {"kind": "key", "key": str(k)}:
            return f"key {k}"
        case {"kind": other}:
            return f"other {other}"
    return "no match"

for e in ({"kind": "click", "pos": (150, 20)}, {"kind": "click", "pos": (5, 6)}, {"kind": "key", "key": "q"}, {"kind": "scroll"}, {"size": 1}):
    print(handle(e))

def tree_sum(t):
    match t:
        case ("leaf", v):
            return v
        case ("node", left, right):
            return tree_sum(left) + tree_sum(right)

print(tree_sum(("node", ("leaf", 1), ("node", ("leaf", 2), ("leaf", 3)))))
