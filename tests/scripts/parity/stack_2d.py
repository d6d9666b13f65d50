import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(4).reshape(2, 2)
show(np.stack([a, a * 2], axis=1))
show(np.stack([a, -a], axis=2).shape)
show(np.vstack([a, [9, 9]]))
show(np.hstack([a, [[8], [9]]]))
