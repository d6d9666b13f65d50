import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.cosh([-1.0, 0.0, 2.0]))
show(np.cosh(np.array([-1.0, 0.0, 2.0], dtype=np.float32)).dtype)
show(np.cosh(2))
show(np.cosh(np.array([[0.25, 0.75]])))
