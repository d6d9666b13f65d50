import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.round(np.array([3.14159, 2.71828]), 3))
show(np.round(np.array([15.5, 25.5, -35.5])))
show(np.round(np.array([0.125, 0.375]), 2))
show(np.round(np.arange(5), 1))
