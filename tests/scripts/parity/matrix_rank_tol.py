import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.array([[1.0, 0.0], [0.0, 1e-10]])
show(np.linalg.matrix_rank(a))
show(np.linalg.matrix_rank(a, tol=1e-12))
show(np.linalg.matrix_rank(np.arange(9.0).reshape(3, 3)))
