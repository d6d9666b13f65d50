import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.trace(np.arange(6).reshape(2, 3)))
show(np.trace(np.array([[1.5, 2.0], [3.0, -0.5]])))
