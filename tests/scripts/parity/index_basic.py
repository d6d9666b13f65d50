import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(24).reshape(4, 6)
show(a[1])
show(a[-1, -2])
show(a[1:3])
show(a[:, 2])
show(a[::2, ::3])
show(a[1:, :-1])
