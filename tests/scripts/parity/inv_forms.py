import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.linalg.inv([[4.0, 7.0], [2.0, 6.0]]))
show(np.linalg.inv([[2, 0, 0], [0, 4, 0], [0, 0, 8]]))
a = np.array([[1.0, 2.0], [3.0, 5.0]])
show(np.allclose(np.linalg.inv(a) @ a, np.eye(2)))
