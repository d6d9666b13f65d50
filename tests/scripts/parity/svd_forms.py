import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.array([[3.0, 2.0, 2.0], [2.0, 3.0, -2.0]])
u, s, vh = np.linalg.svd(a)
show(s)
show(u.shape)
show(vh.shape)
show(np.linalg.svd(a, full_matrices=False)[2].shape)
show(np.linalg.svd(a, compute_uv=False))
