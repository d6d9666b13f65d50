import numpy as np
print(repr(np.zeros((2, 2), dtype=np.float32)))
print(np.array([0.1, 0.2], dtype=np.float32))
print(repr(np.array([1.0, 1e-6], dtype=np.float32)))
print(repr(np.arange(40, dtype=np.float32)))
