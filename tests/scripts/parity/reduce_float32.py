import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
f = np.arange(6, dtype=np.float32).reshape(2, 3)
show(np.sum(f, axis=0))
show(np.mean(f, axis=1))
show(np.max(f, axis=0))
show(f.sum(axis=1).dtype)
