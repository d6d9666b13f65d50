import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(24).reshape(2, 3, 4)
show(a[..., 1])
show(a[0, ...])
show(a[..., 1:3, 0])
show(a[None].shape)
show(a[:, None, 0].shape)
show(a[0, :, None].shape)
