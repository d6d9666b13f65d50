import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
v = np.array([1.0, -2.0, 2.0])
show(np.linalg.norm(v, 0))
show(np.linalg.norm(v, -np.inf))
show(np.linalg.norm(v, 3))
show(np.linalg.norm(np.arange(6).reshape(2, 3), axis=1, keepdims=True))
show(np.linalg.norm(np.ones((2, 2, 2))))
