# shapes with inheritance, super() and sorting
import math

class Shape {
    count = 0

    def __init__(self, name) {
        self.name = name
        Shape.count += 1
    }

    def area(self) {
        raise NotImplementedError("subclass must implement area")
    }

    def perimeter(self) {
        return 0
    }

    def __str__(self) {
        return f"{self.name} with area {self.area():.2f}"
    }

    def __repr__(self) {
        return f"{type(self).__name__}({self.name!r})"
    }

    def __lt__(self, other) {
        return self.area() < other.area()
    }
}


class Circle(Shape) {
    def __init__(self, radius) {
        super().__init__("circle")
        self.radius = radius
    }

    def area(self) {
        return math.pi * self.radius ** 2
    }

    def perimeter(self) {
        return 2 * math.pi * self.radius
    }
}


class Rectangle(Shape) {
    def __init__(self, width, height) {
        super().__init__("rectangle")
        self.width = width
        self.height = height
    }

    def area(self) {
        return self.width * self.height
    }

    def perimeter(self) {
        return 2 * (self.width + self.height)
    }
}


class Square(Rectangle) {
    def __init__(self, side) {
        super().__init__(side, side)
        self.name = "square"
    }
}


shapes = [Circle(1.5), Rectangle(2, 3.5), Square(2), Circle(0.5)]
for s in shapes {
    print(s)
}
print(repr(shapes))
print("sorted:", [s.name for s in sorted(shapes)])
print("largest:", max(shapes, key=lambda s: s.area()))
print("total perimeter: {:.3f}".format(sum(s.perimeter() for s in shapes)))
print("shapes created:", Shape.count)
print(isinstance(shapes[2], Rectangle), issubclass(Square, Shape), isinstance(shapes[0], Rectangle))
try {
    Shape("blob").area()
} except NotImplementedError as e {
    print("error:", e)
}
