import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.arccos([-1.0, 0.0, 0.5, 1.0]))
show(np.arccos(np.array([-1.0, 0.0, 0.5, 1.0], dtype=np.float32)).dtype)
show(np.arccos(2))
show(np.arccos(np.array([[0.25, 0.75]])))
