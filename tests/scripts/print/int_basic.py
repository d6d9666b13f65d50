import numpy as np
print(np.array([-1, 100, 20]))
print(repr(np.array([-1, 100, 20])))
print(np.array([[1, -20], [300, 4]]))
