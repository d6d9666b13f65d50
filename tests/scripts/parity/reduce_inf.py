import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.array([1.0, np.inf, -2.0])
show(np.sum(a))
show(np.max(a))
show(np.min(a))
show(np.argmax(a))
show(np.mean(np.array([np.inf, -np.inf])))
