import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.array([[1.0, -2.0], [3.0, 4.0]])
show(np.linalg.norm(a, -1))
show(np.linalg.norm(a, -np.inf))
show(np.linalg.norm(a, -2))
