import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.array([[1, 2], [3, 4]]))
show(np.array([1, 2.5]))
show(np.array([True, False]))
show(np.array([[1.0], [2.0]], dtype=np.float32))
