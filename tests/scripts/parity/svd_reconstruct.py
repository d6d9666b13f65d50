import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(12.0).reshape(4, 3)
u, s, vh = np.linalg.svd(a, full_matrices=False)
show(s)
show(np.allclose(u @ (s[:, None] * vh), a))
show(np.linalg.svd(a)[0].shape)
