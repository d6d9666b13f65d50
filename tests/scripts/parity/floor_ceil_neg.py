import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.array([-2.5, -2.0, -0.1, 0.1, 2.0])
show(np.floor(a))
show(np.ceil(a))
show(np.round(a))
show(np.floor(a / 2))
