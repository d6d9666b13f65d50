import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.sqrt(-1.0))
show(np.log(np.array([0.0, -1.0])))
show(np.exp(np.array([1000.0])))
