import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.log2([1, 2, 3, 1024]))
show(np.log2(np.array([1, 2, 3, 1024], dtype=np.float32)).dtype)
show(np.log2(2))
show(np.log2(np.array([[0.25, 0.75]])))
