import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.matmul([1, 2, 3], [4, 5, 6]))
show(np.matmul(np.arange(3), np.ones((3, 2))))
show(np.matmul(np.ones((2, 3)), np.arange(3)))
show((np.arange(4).reshape(2, 2) @ np.arange(4).reshape(2, 2)).dtype)
