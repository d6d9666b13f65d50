import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.round(np.array([0.5, 1.5, 2.5, -0.5, -1.5])))
show(np.round(np.array([1.2345, 6.789]), 2))
show(np.round(np.array([1234.5, 5678.9]), -2))
show(np.round(np.arange(3)))
