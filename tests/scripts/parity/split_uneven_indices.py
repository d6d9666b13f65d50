import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.split(np.arange(10), [3, 7, 20]))
show(np.split(np.arange(6).reshape(3, 2), 3))
show(np.split(np.arange(4), [-1]))
