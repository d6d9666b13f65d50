import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
w, v = np.linalg.eig([[2.0, 0.0], [0.0, 3.0]])
show(w)
a = np.array([[4.0, 1.0], [2.0, 3.0]])
w2, v2 = np.linalg.eig(a)
show(np.sort(w2))
show(np.allclose(a @ v2, v2 * w2))
