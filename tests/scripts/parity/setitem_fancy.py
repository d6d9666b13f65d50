import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(10)
a[[1, 3, 5]] = [-1, -3, -5]
show(a)
m = np.zeros((3, 3))
m[[0, 1], [1, 2]] = 7
show(m)
m[[0, 2], :] = [1, 2, 3]
show(m)
