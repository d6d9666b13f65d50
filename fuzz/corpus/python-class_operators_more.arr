# reflected and unary operator methods, __bool__, __truediv__, __le__
class Frac {
    def __init__(self, n, d=1) {
        self.n = n
        self.d = d
    }
    def __add__(self, other) {
        if isinstance(other, int) {
            other = Frac(other)
        }
        return Frac(self.n * other.d + other.n * self.d, self.d * other.d)
    }
    def __radd__(self, other) {
        return self + other
    }
    def __rmul__(self, k) {
        return Frac(self.n * k, self.d)
    }
    def __neg__(self) {
        return Frac(-self.n, self.d)
    }
    def __truediv__(self, other) {
        return Frac(self.n * other.d, self.d * other.n)
    }
    def __le__(self, other) {
        return self.n * other.d <= other.n * self.d
    }
    def __bool__(self) {
        return self.n != 0
    }
    def __repr__(self) {
        return f"{self.n}/{self.d}"
    }
}

half = Frac(1, 2)
third = Frac(1, 3)
print(half + third, 1 + half, 3 * third, -half)
print(half / third, half <= third, third <= half)
print(sum((half, third, Frac(1, 6))))
print(bool(Frac(0)), bool(half))
if Frac(0) {
    print("never")
} else {
    print("zero is falsy")
}
