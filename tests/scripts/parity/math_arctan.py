import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.arctan([-10.0, 0.0, 1.0, 100.0]))
show(np.arctan(np.array([-10.0, 0.0, 1.0, 100.0], dtype=np.float32)).dtype)
show(np.arctan(2))
show(np.arctan(np.array([[0.25, 0.75]])))
