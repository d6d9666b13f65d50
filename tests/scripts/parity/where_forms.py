import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(6)
show(np.where(a > 2, a, -1))
show(np.where(a % 2 == 0, 1.5, 0))
show(np.where([[True, False], [False, True]], 1, [[7, 8], [9, 10]]))
show(np.where(a > 3))
