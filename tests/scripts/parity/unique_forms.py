import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.unique([3, 1, 3, 2, 1]))
u, c = np.unique(np.array([2.5, 1.0, 2.5]), return_counts=True)
show(u)
show(c)
show(np.unique(np.array([[1, 2], [2, 1]])))
