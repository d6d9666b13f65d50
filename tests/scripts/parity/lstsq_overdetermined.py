import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
x = np.arange(6.0)
A = np.vstack([x, np.ones(6)]).T
y = 2 * x - 1 + np.array([0.1, -0.1, 0.05, 0.0, -0.05, 0.02])
sol, res, rank, sv = np.linalg.lstsq(A, y)
show(sol)
show(res)
show(sv)
