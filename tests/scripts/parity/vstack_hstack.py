import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.vstack([np.arange(3), np.arange(3) * 2]))
show(np.hstack([np.arange(2), np.arange(3)]))
show(np.hstack([np.ones((2, 1)), np.zeros((2, 2))]))
show(np.vstack([np.ones((1, 2)), np.zeros((2, 2))]))
