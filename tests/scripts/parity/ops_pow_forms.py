import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.arange(4) ** 2)
show(2.0 ** np.arange(4))
show(np.array([4.0, 9.0]) ** 0.5)
show(np.array([2, 3]) ** np.array([3, 2]))
show(np.array([-8.0]) ** (1 / 3))
