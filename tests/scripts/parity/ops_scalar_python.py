import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(7 // 2)
show(-7 // 2)
show(7 % -3)
show(-7.5 % 2)
show(2 ** -2)
show(10 / 4)
show(3 * 2.5)
show(True + 1)
