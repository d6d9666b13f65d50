import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.array([[3.0, 1.0], [1.0, 2.0]])
show(np.linalg.solve(a, [9, 8]))
show(np.linalg.solve(a, np.array([[9.0, 1.0], [8.0, 2.0]])))
show(np.allclose(a @ np.linalg.solve(a, [1, 1]), [1, 1]))
