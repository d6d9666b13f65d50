import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.zeros((2, 3))
a[..., 1] = [4, 5]
a[0, ...] += 1
show(a)
b = np.arange(6.0).reshape(2, 3)
b[:, :] = b[::-1]
show(b)
