import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(4).reshape(2, 2)
show(np.concatenate([a, a]))
show(np.concatenate([a, a * 10], axis=1))
show(np.concatenate([[1], [2, 3]]))
show(np.concatenate([a, [[9, 9]]], axis=0))
