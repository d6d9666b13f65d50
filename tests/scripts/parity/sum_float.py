import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(10) / 3
show(np.sum(a))
show(np.sum(a.reshape(2, 5), axis=1))
show(np.sum(np.array([1.5, 2.5], dtype=np.float32)))
