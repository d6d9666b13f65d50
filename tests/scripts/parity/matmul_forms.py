import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(6).reshape(2, 3)
show(np.matmul(a, a.T))
show(a @ [1, 2, 3])
show(np.matmul(np.ones((3, 2, 2)), np.eye(2)).shape)
show(np.array([[1.5, 2.0]]) @ np.array([[2.0], [4.0]]))
