import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(24).reshape(2, 3, 4)
show(np.sum(a, axis=-2))
show(np.sum(a, axis=(-1, 0)))
show(np.mean(a, axis=(1, 2), keepdims=True))
