import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
q, r = np.linalg.qr(a)
show(q.shape)
show(r.shape)
show(np.allclose(q @ r, a))
show(np.allclose(q.T @ q, np.eye(2)))
show(np.abs(r))
