import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.tile(np.arange(3).reshape(3, 1), 2))
show(np.tile(np.array([[1, 2]]), 3))
show(np.repeat(np.arange(4).reshape(2, 2), [1, 2], axis=0))
show(np.repeat(np.array([1.5]), 3))
