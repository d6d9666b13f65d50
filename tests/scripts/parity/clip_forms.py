import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.clip(np.arange(6), 1, 4))
show(np.clip([1.5, -2.0, 9.0], 0, 5))
show(np.clip(np.arange(4), None, 2))
