import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
A = np.array([[1.0, 2.0, 3.0]])
sol, res, rank, sv = np.linalg.lstsq(A, [6.0])
show(sol)
show(res)
show(rank)
