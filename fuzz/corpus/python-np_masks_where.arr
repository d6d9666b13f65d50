# boolean masks, np.where, clip
import numpy as np
x = np.arange(-3, 4)
print(x)
mask = x > 0
print(mask, mask.dtype)
print(x[mask], x[x % 2 == 0], x[(x > -2) & (x < 2)])
print(np.where(x > 0, x, 0))
print(np.where(x < 0))
y = x.copy()
y[y < 0] = 0
print(y, x)
print(np.clip(x, -1, 2))
print(np.abs(x), np.sign(x), np.maximum(x, 1))
print(x[np.array([0, 2, -1])])
