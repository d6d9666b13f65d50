import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.full(3, 2.5))
show(np.full((2, 2), True))
show(np.full((2, 1), 7, dtype=float))
