import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(12).reshape(3, 4)
show(np.min(a, axis=1, keepdims=True))
show(np.max(a, axis=(0, 1)))
show(a.min(axis=0))
