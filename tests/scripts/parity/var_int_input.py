import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.var([1, 2, 3, 4]))
show(np.std([2, 4, 4, 4, 5, 5, 7, 9]))
show(np.var(np.array([[1, 2], [3, 4]]), axis=0))
