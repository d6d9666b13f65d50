# creating arrays and elementwise arithmetic
import numpy as np
a = np.array([1, 2, 3, 4])
print(a, a.shape, a.dtype, a.ndim, a.size)
b = np.arange(6).reshape(2, 3)
print(b)
print(b.T)
print(b.shape, b.T.shape)
print(a * 2, a + a, a ** 2, a / 2)
print(np.zeros(3), np.ones((2, 2)))
print(np.linspace(0, 1, 5))
print(np.eye(3))
print(np.full((2, 3), 7))
print(len(a), len(b))
