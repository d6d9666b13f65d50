import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.zeros(3))
show(np.zeros((2, 3)))
show(np.zeros((2, 2), dtype=int))
show(np.zeros((1, 2, 2), dtype=bool))
