import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.maximum([1, 5, 3], [4, 2, 3]))
show(np.minimum(np.array([1.0, np.nan]), 0.5))
show(np.maximum(np.arange(6).reshape(2, 3), [[2], [4]]))
show(np.minimum(np.arange(4), 2.5))
