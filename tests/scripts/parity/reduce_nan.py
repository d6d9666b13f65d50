import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.array([1.0, np.nan, 3.0])
show(np.sum(a))
show(np.mean(a))
show(np.max(a))
show(np.argmin(a))
show(np.median(a))
show(np.cumsum(a))
