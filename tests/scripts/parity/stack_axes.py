import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(3)
show(np.stack([a, a + 1]))
show(np.stack([a, a + 1], axis=1))
show(np.stack([a, a], axis=-1).shape)
