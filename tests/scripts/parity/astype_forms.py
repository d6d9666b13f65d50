import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(_astype(np.array([1.7, -0.2, 3.5]), int))
show(_astype(np.arange(3), np.float32))
show(_astype(np.array([0, 3, 0]), bool))
show(_astype(np.array([True, False]), float))
