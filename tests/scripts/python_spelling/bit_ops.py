import numpy as np
print(6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 4, 256 >> 2, True ^ True)
m = np.array([1, 2, 3])
print(m << 1, m & 1, m ^ 2, (m > 1) | (m == 1), ~np.array([True, False]))
