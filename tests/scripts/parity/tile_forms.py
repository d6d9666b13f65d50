import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.tile(np.arange(3), 2))
show(np.tile([[1, 2]], (2, 1)))
show(np.tile(np.arange(2), (2, 2)))
