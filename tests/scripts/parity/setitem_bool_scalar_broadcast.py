import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(12).reshape(3, 4)
a[a % 2 == 1] = -1
show(a)
a[[True, False, True]] = 7
show(a)
