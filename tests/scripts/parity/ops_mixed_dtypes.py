import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
i = np.arange(3)
f = np.array([0.5, 1.5, 2.5])
b = np.array([True, False, True])
show(i + f)
show(i * b)
show(f - b)
show(b / 2)
show(i // f)
