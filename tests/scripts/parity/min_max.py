import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.array([[3, 1, 4], [1, 5, 9]])
show(np.min(a))
show(np.max(a))
show(np.min(a, axis=0))
show(np.max(a, axis=1, keepdims=True))
show(a.max(axis=-1))
