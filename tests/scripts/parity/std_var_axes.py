import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(24.0).reshape(2, 3, 4)
show(np.std(a, axis=(0, 2)))
show(np.var(a, axis=-1, keepdims=True))
show(np.std(a, ddof=2))
