import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.outer(np.arange(3), np.arange(2.0)))
show(np.outer([[1, 2], [3, 4]], [1, -1]))
show(np.inner(np.arange(6).reshape(2, 3), np.arange(3)))
