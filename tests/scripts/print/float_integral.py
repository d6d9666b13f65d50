import numpy as np
print(np.array([1.0, 2.0, 3.0]))
print(repr(np.array([1.0, 2.0, 3.0])))
