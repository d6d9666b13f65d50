import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.zeros((3, 4), dtype=int)
a[0] = 1
a[1, 1:3] = [5, 6]
a[:, -1] = np.arange(3)
a[2, ::2] = 9
show(a)
