import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.exp([-1.0, 0.0, 0.5, 10.0]))
show(np.exp(np.array([-1.0, 0.0, 0.5, 10.0], dtype=np.float32)).dtype)
show(np.exp(2))
show(np.exp(np.array([[0.25, 0.75]])))
