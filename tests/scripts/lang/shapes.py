import numpy as np
a = np.arange(6)
print(a.reshape(2, 3).T, a.reshape((3, -1)).shape)
print(np.vstack([a, a * 2]), np.hstack([a, a]))
print(np.vstack([[1, 2], [3, 4]]).T.shape, a.ndim, a.size, a.dtype, np.array([1.5]).dtype)
x = np.vstack([np.array([1, 2, 3, 4, 5]), np.ones(5)]).T
print(x)
