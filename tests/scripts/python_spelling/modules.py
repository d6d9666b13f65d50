# arr's flat builtins (sqrt) are np.sqrt in Python.
import numpy as np
import math
from os.path import join, basename as base
a = np.array([[2.0, 0.0], [0.0, 4.0]])
print(np.linalg.inv(a), np.linalg.det(a), np.sqrt(16.0) == np.sqrt(16.0))
print(math.sqrt(2), join("runs", "a.csv"), base("/tmp/x.npy"))
