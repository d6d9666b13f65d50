import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.zeros((2, 3), dtype=int)
a[:] = [1.9, 2.5, -3.7]
show(a)
f = np.zeros((2, 2), dtype=np.float32)
f[0] = 1.25
show(f)
a[..., 0] = 8
show(a)
