import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(24)
show(a.reshape(-1, 6).shape)
show(a.reshape(2, -1, 3).shape)
show(np.reshape(a, -1).shape)
show(a.reshape(4, 6)[1:3].reshape(-1))
