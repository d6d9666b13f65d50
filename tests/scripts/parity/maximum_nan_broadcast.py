import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.array([[1.0, np.nan], [3.0, 0.5]])
show(np.maximum(a, 1.0))
show(np.minimum(a, [0.0, 2.0]))
show(np.maximum(np.arange(3), np.arange(3)[::-1]))
