import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.argsort(np.array([0.5, -2.0, 3.0, 1.0])))
show(np.argsort(np.array([3.0, np.nan, 1.0])))
show(np.argsort(np.arange(12).reshape(3, 4) % 5, axis=1))
