import numpy as np
print(np.array([1e10, 1.0]))
print(np.array([1.5e8, 2.0, 3.25]))
