import numpy as np
print(np.array([True, False]))
print(np.array([True, True]))
print(repr(np.array([[True, False], [False, False]])))
