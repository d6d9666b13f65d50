import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(10)
show(a[::-1])
show(a[8:2:-2])
show(a[-1:-4:-1])
show(a[:3:-3])
show(np.arange(12).reshape(3, 4)[::-1, ::-2])
