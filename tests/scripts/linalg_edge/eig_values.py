import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def shows(t):
    for x in t:
        show(x)
# eig hands geev a column-major copy as NumPy does: the same eigenvalue
# order and eigenvectors, also for triangular and defective matrices.
for a in (np.array([[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0]]), np.array([[4.0, 1.0], [2.0, 3.0]]), np.array([[1.0, 2.0, 3.0], [0.0, 4.0, 5.0], [0.0, 0.0, 6.0]]), np.array([[5.0, 4.0, 2.0, 1.0], [0.0, 1.0, -1.0, -1.0], [-1.0, -1.0, 3.0, 0.0], [1.0, 1.0, -1.0, 2.0]]), np.array([[1, 2], [3, 4]]), np.array([[1.0, 2.0], [3.0, 4.0]], dtype=np.float32)):
    shows(np.linalg.eig(a))
shows(np.linalg.eig(np.stack([np.array([[4.0, 1.0], [2.0, 3.0]]), np.array([[1.0, 5.0], [0.0, 2.0]])])))
