import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.array([[3, 1, 4], [1, 5, 9]])
show(np.argmin(a))
show(np.argmax(a))
show(np.argmin(a, axis=0))
show(np.argmax(a, axis=1))
show(np.argmax(np.array([1.0, np.nan, 3.0])))
