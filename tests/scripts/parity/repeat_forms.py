import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.repeat(np.arange(3), 2))
show(np.repeat([[1, 2], [3, 4]], 2, axis=1))
show(np.repeat([1, 2, 3], [1, 0, 2]))
