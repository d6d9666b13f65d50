import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(10)
a[a > 6] = 0
show(a)
b = np.arange(6.0).reshape(2, 3)
b[b > 2] = [10, 20, 30]
show(b)
b[b == 0] = -1.5
show(b)
