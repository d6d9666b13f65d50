import numpy as np
print(np.zeros(0))
print(repr(np.zeros(0)))
print(repr(np.zeros((2, 0))))
print(repr(np.zeros(0, dtype=int)))
print(np.zeros((0, 3)))
