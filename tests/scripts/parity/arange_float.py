import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.arange(0.5, 3))
show(np.arange(0, 1, 0.1))
show(np.arange(5, dtype=float))
