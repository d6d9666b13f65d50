import numpy as np
a = np.array([[1, 2], [3, 4]])
print(repr(a / 2))
print(repr(a // 3), repr(-a % 3))
print(repr(a * 1.5), repr(a ** 2))
print(repr(a + np.array([10, 20])))
print(repr(a - np.array([[1], [2]])))
print(repr(a > 2), repr(a == 2))
print(repr(np.array([1.5, -2.5]) // 1), repr(np.array([-7.5, 7.5]) % 2))
