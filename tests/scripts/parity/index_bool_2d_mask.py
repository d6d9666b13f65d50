import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(6).reshape(2, 3)
m = np.array([[True, False, True], [False, True, False]])
show(a[m])
b = a * 1.5
b[m] = 0
show(b)
