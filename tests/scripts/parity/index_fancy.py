import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(12).reshape(3, 4)
show(a[[0, 2]])
show(a[[0, 2], [1, 3]])
show(a[[-1, 0]])
show(a[:, [3, 0]])
show(a[[[0], [2]], [1, 2]])
show(a[1, [0, 0, 3]])
