import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
f = np.array([1.5, 2.5], dtype=np.float32)
show(f + 1)
show(f * 2.5)
show(f / 2)
show(f + np.array([1, 2]))
show(f > 2)
show(f ** 2)
