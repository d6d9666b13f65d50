import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.outer([1, 2, 3], [1, 10]))
show(np.inner([1, 2], [3, 4]))
show(np.inner(np.arange(4).reshape(2, 2), np.arange(4).reshape(2, 2)))
