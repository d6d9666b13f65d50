# polymorphism through overriding; NotImplementedError in a base
class Shape {
    def area(self) {
        raise NotImplementedError("subclass must implement")
    }
    def describe(self) {
        return f"{type(self).__name__} with area {self.area():.2f}"
    }
}

class Rect(Shape) {
    def __init__(self, w, h) {
        self.w, self.h = w, h
    }
    def area(self) {
        return self.w * self.h
    }
}

class Circle(Shape) {
    def __init__(self, r) {
        self.r = r
    }
    def area(self) {
        return 3.14159 * self.r ** 2
    }
}

class Square(Rect) {
    def __init__(self, s) {
        super().__init__(s, s)
    }
}

shapes = [Rect(2, 3), Circle(1), Square(4)]
for s in shapes {
    print(s.describe())
}
print(sum(s.area() for s in shapes))
print(max(shapes, key=lambda s: s.area()).describe())
try {
    Shape().describe()
} except NotImplementedError as e {
    print(type(e).__name__, e)
}
print([isinstance(s, Rect) for s in shapes])
