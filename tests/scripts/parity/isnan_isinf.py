import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.array([1.0, np.nan, np.inf, -np.inf, 0.0])
show(np.isnan(a))
show(np.isinf(a))
show(np.isnan(np.arange(3)))
