import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.median([3, 1, 2]))
show(np.median([4, 1, 3, 2]))
show(np.median(np.arange(12).reshape(3, 4), axis=0))
show(np.median(np.arange(12).reshape(3, 4), axis=1))
