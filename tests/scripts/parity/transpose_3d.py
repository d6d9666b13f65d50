import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(6).reshape(1, 2, 3)
show(np.transpose(a, (2, 0, 1)))
show(np.transpose(a, [-1, 0, 1]).shape)
show(a.T.shape)
