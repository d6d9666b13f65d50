import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.stack([np.eye(2) * 2, np.array([[1.0, 1.0], [0.0, 1.0]])])
show(np.linalg.solve(a, np.array([[2.0, 4.0], [3.0, 1.0]])))
