import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show([1, 2] + np.arange(2))
show(np.arange(3) * [2, 3, 4])
show(2 * np.array([1.5]))
