import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.zeros_like([[1.5, 2.5]]))
show(np.ones_like(np.arange(3)))
show(np.zeros_like(np.arange(3), dtype=float))
