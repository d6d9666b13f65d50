import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.zeros(2, dtype=np.float32).dtype)
show(np.ones(2, dtype=bool))
show(np.arange(3, dtype=np.float32))
show(np.full(2, 1.5, dtype=int))
show(np.linspace(0, 4, 3, dtype=int))
show(np.eye(2, dtype=bool))
