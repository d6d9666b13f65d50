import numpy as np
f = np.array([1.0, 2.0], dtype=np.float32)
print(repr(f * 2), repr(f + 0.5), repr(f + np.array([1, 2])))
b = np.array([True, False])
print(repr(b + 1), repr(b * 2.5), repr(b & np.array([True, True])), repr(~b))
print(repr(np.array([1, 2]) + 0.5), repr(np.array([3, 4]) & 6))
