import numpy as np
print(np.mean((np.array([1.0, 2.0]) - np.array([2.0, 4.0])) ** 2))
print(np.clip(np.array([-2.0, 0.5, 3.0]), 0.0, 1.0))
