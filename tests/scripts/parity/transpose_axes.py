import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(24).reshape(2, 3, 4)
show(np.transpose(a).shape)
show(np.transpose(a, (1, 0, 2)))
show(a.T[0])
