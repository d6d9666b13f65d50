import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.abs([-3, 0, 2]))
show(np.abs(np.array([-1.5, 2.5])))
show(np.sign([-3, 0, 2]))
show(np.sign(np.array([-0.5, 0.0, 7.0])))
show(np.abs(-4))
