import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(6)
a[1:4] += 10
a[a > 12] *= 2
a[0] -= 5
show(a)
m = np.ones((2, 2))
m[:, 1] /= 4
show(m)
