import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(9)
show(np.split(a, 3))
show(np.split(a, [2, 5]))
show(np.split(np.arange(8).reshape(2, 4), 2, axis=1))
