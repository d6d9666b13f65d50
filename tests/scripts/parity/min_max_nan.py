import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.array([1.0, np.nan, 3.0])
show(np.min(a))
show(np.max(np.array([[1.0, 2.0], [np.nan, 0.0]]), axis=1))
