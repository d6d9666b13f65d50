import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.median(np.array([[1.0, 5.0, 3.0], [2.0, 4.0, 6.0]]), axis=1))
show(np.median(np.arange(10), axis=0))
show(np.median(np.array([7.5])))
show(np.median(np.arange(12).reshape(2, 2, 3), axis=(0, 2)))
