import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.linalg.cholesky([[4.0, 2.0], [2.0, 3.0]]))
a = np.array([[6.0, 2.0, 1.0], [2.0, 5.0, 2.0], [1.0, 2.0, 4.0]])
l = np.linalg.cholesky(a)
show(np.allclose(l @ l.T, a))
