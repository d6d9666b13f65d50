import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(12)
show(np.reshape(a, (3, 4)))
show(a.reshape(2, -1))
show(np.reshape(a, (2, 3, 2)))
show(a.reshape((12, 1)).shape)
