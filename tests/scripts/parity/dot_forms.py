import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.dot([1, 2, 3], [4, 5, 6]))
show(np.dot(np.arange(6).reshape(2, 3), [1, 0, 1]))
show(np.dot([1, 1], np.arange(4).reshape(2, 2)))
show(np.dot(2, np.arange(3)))
show(np.dot(np.ones((2, 2, 3)), np.ones((3, 2))).shape)
