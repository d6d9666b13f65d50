import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.sqrt(np.arange(5)))
show(np.exp(np.arange(3)))
show(np.log(np.array([1, 10, 100])))
show(np.sin(np.arange(4)))
