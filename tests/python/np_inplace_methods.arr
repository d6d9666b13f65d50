# NumPy's in-place array methods reach the variable or attribute they name;
# tolist/item give Python numbers; LinAlgError through np.linalg.
import numpy as np

scores = np.array([88, 72, 95, 60, 79])
result = scores.sort()
print(result, scores, scores[-3:].tolist())

class Ledger {
    def __init__(self, values) {
        self.values = np.array(values, dtype=float)
    }

    def normalise(self) {
        self.values.sort()
        return self.values / self.values.max()
    }
}

ledger = Ledger((3.5, 1.25, 2.0))
print(ledger.normalise(), ledger.values)

grid = np.zeros((2, 3), dtype=int)
grid.fill(4)
print(grid, grid.dtype)
weights = np.ones(3)
weights.fill(0.25)
print(weights, weights.sum().item(), type(weights.sum().item()).__name__)

m = np.arange(6).reshape(2, 3)
rows = m.tolist()
print(rows, type(rows).__name__, type(rows[0][0]).__name__, [sum(r) for r in rows])
print(np.array([[1.5, 2.0], [3.0, 4.5]]).tolist(), np.array(7).item(), np.array([2.5]).item())
print((3.0).is_integer(), (3.5).is_integer(), (10).bit_length())

for mat in (np.array([[2.0, 1.0], [1.0, 3.0]]), np.array([[1.0, 2.0], [2.0, 4.0]])) {
    try {
        inv = np.linalg.inv(mat)
        print("inverse:", inv)
    } except np.linalg.LinAlgError as err {
        print("LinAlgError:", err)
    }
}
try {
    np.array([1, 2]).item()
} except ValueError as err {
    print("ValueError:", err)
}
