import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.array([[1.0, 2.0, 4.0], [3.0, 5.0, 9.0]])
show(np.std(a))
show(np.var(a))
show(np.std(a, axis=0))
show(np.var(a, axis=1, ddof=1))
show(np.std(np.arange(10), ddof=1))
