import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.sqrt(2))
show(np.exp(1.0))
show(np.log(10))
show(np.cos(np.pi))
show(np.tanh(0.5))
show(np.arctan(1.0) * 4)
