# operator methods __add__ __sub__ __mul__ __eq__ __lt__ __repr__
class Vec {
    def __init__(self, x, y) {
        self.x = x
        self.y = y
    }
    def __add__(self, other) {
        return Vec(self.x + other.x, self.y + other.y)
    }
    def __sub__(self, other) {
        return Vec(self.x - other.x, self.y - other.y)
    }
    def __mul__(self, k) {
        return Vec(self.x * k, self.y * k)
    }
    def __eq__(self, other) {
        return self.x == other.x and self.y == other.y
    }
    def __lt__(self, other) {
        return (self.x ** 2 + self.y ** 2) < (other.x ** 2 + other.y ** 2)
    }
    def __repr__(self) {
        return f"Vec({self.x}, {self.y})"
    }
}

a = Vec(1, 2)
b = Vec(3, -1)
print(a + b, a - b, a * 3)
print(a == Vec(1, 2), a == b, a != b)
print(a < b, b < a)
print(sorted([b, a, Vec(0, 0)]))
print([a, b])
total = Vec(0, 0)
for v in (a, b, a) {
    total += v
}
print(total)
