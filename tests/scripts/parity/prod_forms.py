import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.prod([1, 2, 3, 4]))
show(np.prod(np.arange(1, 7).reshape(2, 3), axis=1))
show(np.prod(np.array([0.5, 4.0])))
