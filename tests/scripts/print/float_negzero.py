import numpy as np
print(np.array([-0.0, 1.0]))
print(np.array([0.0, 0.0]))
print(repr(np.zeros(3)))
