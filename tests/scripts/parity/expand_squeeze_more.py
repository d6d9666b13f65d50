import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(6).reshape(2, 3)
show(np.expand_dims(a, 1).shape)
show(np.expand_dims(a, -1).shape)
show(np.squeeze(a[:, 0:1]))
show(np.squeeze(np.array([[5]])).shape)
