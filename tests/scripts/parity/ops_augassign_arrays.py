import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(4.0)
a += 1
a *= [1, 2, 3, 4]
a -= a.mean()
a /= 2
show(a)
b = np.arange(3)
b += 2
show(b)
c = np.ones((2, 2))
c @= [[1, 2], [3, 4]]
show(c)
