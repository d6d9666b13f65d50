import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.linalg.det([[1, 2], [3, 4]]))
show(np.linalg.det([[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0]]))
show(np.linalg.det(np.arange(9.0).reshape(3, 3) + np.eye(3)))
show(np.linalg.det(np.stack([np.eye(2), 2 * np.eye(2)])))
