import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.sqrt([0, 1, 2, 16]))
show(np.sqrt(np.array([0, 1, 2, 16], dtype=np.float32)).dtype)
show(np.sqrt(2))
show(np.sqrt(np.array([[0.25, 0.75]])))
