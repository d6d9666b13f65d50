import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
b = np.arange(6).reshape(2, 3) > 2
show(np.sum(b, axis=0))
show(np.mean(b))
show(np.any(b, axis=0))
show(np.all(b, axis=1))
show(np.max(b))
