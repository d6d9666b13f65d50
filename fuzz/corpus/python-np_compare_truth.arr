# elementwise comparisons; truth value of an array is ambiguous
import numpy as np
a = np.array([1, 2, 3])
b = np.array([1, 0, 3])
print(a == b, a != b, a > b)
print((a == b).all(), (a == b).any())
try {
    if a == b {
        print("x")
    }
} except ValueError as e {
    print(type(e).__name__)
}
if (a >= b).all() {
    print("a dominates b")
}
print(np.arange(3) == 1, 2 in a, 7 in a)
