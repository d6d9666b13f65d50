import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.array([[3, 1, 2], [9, 7, 8]])
show(np.sort(a))
show(np.sort(a, axis=0))
show(np.sort(np.array([2.5, np.nan, -1.0, 0.0])))
show(np.sort(a, axis=None))
