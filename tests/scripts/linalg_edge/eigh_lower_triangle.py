import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def shows(t):
    for x in t:
        show(x)
# eigh reads only the lower triangle, as NumPy's default UPLO='L'.
shows(np.linalg.eigh([[1.0, 3.0], [5.0, 2.0]]))
shows(np.linalg.eigh([[1, 100], [2, 3]]))
shows(np.linalg.eigh(np.stack([np.array([[2.0, -7.0], [1.0, 2.0]]), np.array([[1.0, 0.0], [4.0, 1.0]])])))
shows(np.linalg.eigh(np.array([[4.0, 9.0, 9.0], [1.0, 3.0, 9.0], [0.0, 2.0, 5.0]], dtype=np.float32)))
show(np.linalg.cholesky([[4.0, 100.0], [2.0, 3.0]]))
