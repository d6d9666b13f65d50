import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.array([[3.5, -1.0], [0.0, 2.25]])
show(np.sort(a, axis=0))
show(np.sort(a, axis=-1))
show(np.sort(np.array([3, 1, 2]))[::-1])
