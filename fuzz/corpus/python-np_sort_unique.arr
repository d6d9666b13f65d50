# sort, argsort, unique
import numpy as np
a = np.array([3, 1, 4, 1, 5, 9, 2, 6, 5, 3])
print(np.sort(a))
print(np.unique(a))
b = np.array([30, 10, 20])
print(np.argsort(b), b[np.argsort(b)], np.sort(b)[::-1])
m = np.array([[3, 1], [2, 5]])
print(np.sort(m, axis=0), np.sort(m, axis=1))
print([int(v) for v in sorted(b)])
print(len(np.unique(a)), a.max() - a.min())
