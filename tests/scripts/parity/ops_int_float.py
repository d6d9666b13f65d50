import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(5)
show(a / 2)
show(a // 2)
show(a % 3)
show(a ** 2)
show(-a)
show(a * 1.5)
show(2 ** a)
