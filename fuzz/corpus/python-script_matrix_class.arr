# a matrix utility class built on numpy, with named methods instead of @
import numpy as np

class Matrix {
    def __init__(self, rows) {
        self.data = np.array(rows, dtype=float)
        if self.data.ndim != 2 {
            raise ValueError(f"need 2-D data, got {self.data.ndim}-D")
        }
    }
    def shape(self) {
        return self.data.shape
    }
    def times(self, other) {
        if self.shape()[1] != other.shape()[0] {
            raise ValueError(f"shape mismatch {self.shape()} x {other.shape()}")
        }
        return Matrix(np.dot(self.data, other.data))
    }
    def plus(self, other) {
        return Matrix(self.data + other.data)
    }
    def scale(self, k) {
        return Matrix(self.data * k)
    }
    def transpose(self) {
        return Matrix(self.data.T)
    }
    def trace(self) {
        return float(np.trace(self.data))
    }
    def det(self) {
        return float(np.linalg.det(self.data))
    }
    def row_sums(self) {
        return [float(s) for s in self.data.sum(axis=1)]
    }
    def __eq__(self, other) {
        return self.shape() == other.shape() and bool((self.data == other.data).all())
    }
    def __repr__(self) {
        rows = ["[" + ", ".join(f"{v:g}" for v in row) + "]" for row in self.data]
        return "Matrix(" + ", ".join(rows) + ")"
    }
}

def identity(n) {
    return Matrix(np.eye(n))
}

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a)
print(a.shape(), a.transpose())
print(a.times(b))
print(b.times(a))
print(a.plus(b).scale(0.5))
print(a.trace(), f"{a.det():.4f}")
print(a.row_sums())
print(a.times(identity(2)) == a, a == b)
c = Matrix([[1, 2, 3], [4, 5, 6]])
print(c.times(c.transpose()))
try {
    c.times(c)
} except ValueError as e {
    print("error:", e)
}
try {
    Matrix([1, 2, 3])
} except ValueError as e {
    print("error:", e)
}
power = identity(2)
for _ in range(5) {
    power = power.times(b)
}
print("b^5 =", power)
m = Matrix([[2, 0], [0, 3]])
total = identity(2).scale(0)
for k in range(1, 4) {
    total = total.plus(m.scale(k))
}
print(total, total.trace())
print(a.data)
