import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
f = np.ones((2, 2), dtype=np.float32)
show(f @ f)
show(f @ np.arange(2))
show(np.array([[True, False], [False, True]]) @ np.array([[True], [True]]))
