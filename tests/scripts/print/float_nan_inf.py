import numpy as np
print(np.array([1.0, np.nan, np.inf, -np.inf]))
print(np.array([np.nan, 1.5]))
print(np.array([np.nan, np.nan]))
print(repr(np.array([-np.inf, 2.5])))
print(np.array([1e-8, np.inf]))
