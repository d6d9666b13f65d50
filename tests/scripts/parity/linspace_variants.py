import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.linspace(0, 10, 5))
show(np.linspace(-1, 1, 4, endpoint=False))
show(np.linspace(2, 3, 1))
