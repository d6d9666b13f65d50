import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.log10([1, 5, 100, 0.001]))
show(np.log10(np.array([1, 5, 100, 0.001], dtype=np.float32)).dtype)
show(np.log10(2))
show(np.log10(np.array([[0.25, 0.75]])))
