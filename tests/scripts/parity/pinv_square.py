import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.array([[4.0, 7.0], [2.0, 6.0]])
show(np.allclose(np.linalg.pinv(a), np.linalg.inv(a)))
show(np.linalg.pinv(np.array([[2.0, 0.0, 0.0]])))
