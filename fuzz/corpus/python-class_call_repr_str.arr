# __call__ __repr__ __str__
class Poly {
    def __init__(self, *coeffs) {
        self.coeffs = coeffs
    }
    def __call__(self, x) {
        return sum(c * x ** i for i, c in enumerate(self.coeffs))
    }
    def __repr__(self) {
        return f"Poly{self.coeffs}"
    }
    def __str__(self) {
        terms = [f"{c}x^{i}" for i, c in enumerate(self.coeffs) if c != 0]
        return " + ".join(terms) if terms else "0"
    }
}

p = Poly(1, 0, 2)
print(p(0), p(1), p(3))
print(p)
print(repr(p))
print(str(Poly()))
print([p])
print(f"{p} | {p!r}")
print("%s / %r" % (p, p))
print(list(map(p, range(4))))
