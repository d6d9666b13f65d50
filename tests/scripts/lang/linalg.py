import numpy as np
a = np.array([[2.0, 1.0], [1.0, 3.0]])
print(np.dot(a, a), np.matmul(a, [1, 2]), np.dot([1, 2], [3, 4]))
print(a @ a @ a)
X = np.vstack([np.arange(10.0), np.ones(10)]).T
y = 3 * np.arange(10.0) + 1 + np.array([0.1, -0.1, 0.2, 0, 0, 0.1, -0.2, 0, 0.1, -0.1])
sol, res, rank, sv = np.linalg.lstsq(X, y)
print(sol, res, rank, sv)
print(np.linalg.lstsq(X, np.vstack([y, 2 * y]).T)[0])
print(repr(np.ones((2, 3, 4)) @ np.ones((4, 2))))
