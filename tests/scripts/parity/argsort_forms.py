import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.argsort([30, 10, 20]))
show(np.argsort(np.array([[3, 1, 2], [0, 5, 4]]), axis=1))
show(np.argsort(np.array([[3, 1], [0, 5]]), axis=0))
