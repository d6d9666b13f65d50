import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(60).reshape(3, 4, 5)
show(a[:, [0, 2], [1, 3]].shape)
show(a[[0, 1], :, [2, 3]].shape)
show(a[0, :, [1, 2]])
show(a[..., [0, 4]].shape)
