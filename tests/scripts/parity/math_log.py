import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.log([1, 2, 10, 0.5]))
show(np.log(np.array([1, 2, 10, 0.5], dtype=np.float32)).dtype)
show(np.log(2))
show(np.log(np.array([[0.25, 0.75]])))
