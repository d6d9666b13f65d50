import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.linalg.pinv([[1.0, 0.0], [0.0, 0.0]]))
a = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
show(np.allclose(a @ np.linalg.pinv(a) @ a, a))
show(np.linalg.pinv(a).shape)
