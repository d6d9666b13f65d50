# dtypes and astype
import numpy as np
i = np.arange(4)
f = i.astype(float)
print(i, i.dtype, f, f.dtype)
print(i / 2, (i / 2).dtype, i // 2, (i // 2).dtype)
b = i > 1
print(b, b.astype(int), b.sum())
print(np.array([1.7, -1.7]).astype(int))
print(np.zeros(3, dtype=int), np.ones(2, dtype=bool))
print(np.array([0.1, 0.2]) + 1, np.array([1, 2]) * 0.5)
print(np.array([True, False]) & np.array([True, True]))
print(np.arange(5) << 1, np.arange(5) & 1, ~np.array([0, 1]))
