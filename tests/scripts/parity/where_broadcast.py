import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(6).reshape(2, 3)
show(np.where(a > 2, a, a * 10))
show(np.where([True, False, True], a, 0))
show(np.where(a == 4, 1.5, a))
show(np.where(np.array([True, False])))
