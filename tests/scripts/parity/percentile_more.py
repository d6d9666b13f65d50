import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.array([15.0, 20.0, 35.0, 40.0, 50.0])
show(np.percentile(a, [0, 30, 40, 100]))
show(np.percentile(np.arange(12).reshape(3, 4), [25, 75], axis=0))
show(np.percentile(a, 33.3))
