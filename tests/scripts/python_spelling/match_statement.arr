def classify(cmd) {
    match cmd.split() {
        case ["go", ("north" | "south") as d] { return f"going {d}" }
        case ["take", *items] if items { return f"taking {', '.join(items)}" }
        case [verb] { return f"just {verb}" }
        case _ { return "unknown" }
    }
}
print(classify("go north"), classify("take key map"), classify("look"), classify("go up"))
from dataclasses import dataclass
@dataclass
class Point {
    x: int
    y: int
}
for p in (Point(0, 0), Point(3, 0), Point(1, 2), {"x": 5}) {
    match p {
        case Point(x=0, y=0) { print("origin") }
        case Point(x, 0) { print("on the x axis at", x) }
        case Point() { print("somewhere", p) }
        case {"x": x, **rest} { print("a mapping with x =", x, rest) }
    }
}
