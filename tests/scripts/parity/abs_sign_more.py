import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.abs(np.array([[-1, 2], [3, -4]])))
show(np.abs(np.array([-0.0, -np.inf, 2.5])))
show(np.sign(np.array([-np.inf, np.nan, np.inf])))
show(np.sign(-7))
