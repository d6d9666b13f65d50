import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.clip(np.array([-1.5, 0.5, 9.5]), -1, 1))
show(np.clip(np.arange(5), 1.5, 3.5))
show(np.clip(np.arange(6).reshape(2, 3), [1, 2, 3], 4))
