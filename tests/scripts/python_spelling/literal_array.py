# The NumPy equivalent: in arr a bracket literal of numbers is an array.
import numpy as np
v = np.array([1, 2, 3])             # an int64 array
print(v * 2, v + np.array([10, 20, 30]), type(v).__name__, type([]).__name__)
w = [1, 2, 3]                       # a list
w.append(4)
print(w, w * 2, type(w).__name__)
print(w + np.array([1, 1, 1, 1]), w + [1, 2, 3])
