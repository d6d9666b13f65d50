import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.array([[0, 1], [0, 0]])
show(np.any(a))
show(np.all(a))
show(np.any(a, axis=1))
show(np.all(a >= 0, axis=0))
show(np.all([]))
