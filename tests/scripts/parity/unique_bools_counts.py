import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
u, c = np.unique([True, False, True, True], return_counts=True)
show(u)
show(c)
show(np.unique(np.array([1.5, np.nan, 1.5])))
