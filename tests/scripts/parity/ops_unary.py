import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.array([1, -2, 3])
show(-a)
show(+a)
show(~np.array([True, False]))
show(-np.array([1.5]))
show(-(-a))
