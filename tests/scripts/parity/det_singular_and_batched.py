import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.linalg.det([[1.0, 2.0], [2.0, 4.0]]))
show(np.linalg.det(np.ones((3, 2, 2))))
show(np.linalg.det(np.eye(3) * 2))
