import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
b = np.array([True, False, True])
show(b + b)
show(b * b)
show(b + 1)
show(b * 0.5)
show(b & np.array([False, False, True]))
show(b | False)
