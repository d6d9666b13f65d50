import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.zeros(10, dtype=int)
a[::3] = 1
a[8:2:-2] = 5
show(a)
b = np.arange(12).reshape(3, 4)
b[::2, ::2] = -1
show(b)
