import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(5)
show(a < 2)
show(a >= 3)
show(a == np.array([0, 0, 2, 0, 4]))
show(a != 1)
show((a > 1) & (a < 4))
show((a < 1) | (a > 3))
show(~(a > 2))
