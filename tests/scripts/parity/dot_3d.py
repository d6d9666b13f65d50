import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(24).reshape(2, 3, 4)
b = np.arange(8).reshape(4, 2)
show(np.dot(a, b))
show(np.dot(a, np.arange(4)))
show(np.dot(np.arange(3), np.arange(12).reshape(3, 4)))
