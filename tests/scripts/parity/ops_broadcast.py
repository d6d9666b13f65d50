import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(6).reshape(2, 3)
show(a + [10, 20, 30])
show(a * [[1], [-1]])
show(a - a.mean(axis=0))
show(np.arange(3)[:, None] * np.arange(4))
