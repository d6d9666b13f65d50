import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(1, 11)
show(np.percentile(a, 50))
show(np.percentile(a, [10, 25, 90]))
show(np.percentile(np.arange(12).reshape(3, 4), 75, axis=1))
show(np.percentile([1.0, 3.0], 40))
