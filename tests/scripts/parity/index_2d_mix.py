import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(20).reshape(4, 5)
show(a[1:3, [0, 4]])
show(a[[3, 1], 1:3])
show(a[a[:, 0] > 5])
show(a[:, a[0] % 2 == 0])
