import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.array([-3.5, -1.0, 0.0, 2.5])
show(a // 2)
show(a % 2)
show(a // -1.5)
show(a % -1.5)
show(a ** 2)
