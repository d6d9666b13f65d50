# broadcasting rules
import numpy as np
a = np.arange(3).reshape(3, 1)
b = np.arange(4)
print(a + b)
print(a * b)
print((a + b).shape)
m = np.arange(6).reshape(2, 3).astype(float)
print(m - m.mean(axis=0))
print(m / m.sum(axis=1, keepdims=True))
print(m * np.array([1, 10, 100]))
try {
    np.arange(3) + np.arange(4)
} except ValueError as e {
    print(type(e).__name__)
}
