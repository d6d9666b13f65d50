import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(12).reshape(3, 4)
show(a[a % 3 == 0])
show(a[[True, False, True]])
show(a[:, [True, False, False, True]])
show(a[a > 100])
