import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.array([-1.5, -0.5, 0.5, 1.5, 2.7])
show(np.floor(a))
show(np.ceil(a))
show(np.floor(np.arange(3)))
show(np.ceil(np.array([1.2], dtype=np.float32)))
