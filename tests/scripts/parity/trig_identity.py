import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
x = np.linspace(-3, 3, 7)
show(np.round(np.sin(x) ** 2 + np.cos(x) ** 2, 12))
show(np.tanh(x))
show(np.arccos(np.cos(x / 3)))
