import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
show(np.linalg.matrix_rank(np.eye(3)))
show(np.linalg.matrix_rank([[1, 2], [2, 4]]))
show(np.linalg.matrix_rank(np.zeros((2, 2))))
show(np.linalg.matrix_rank(np.ones((3, 4))))
