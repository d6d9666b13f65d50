import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(12.0).reshape(3, 4)
show(a[1, 2])
show(a[-1][-1])
show(np.arange(5)[2])
show(np.array([True, False])[1])
