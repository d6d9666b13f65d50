import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def shows(t):
    for x in t:
        show(x)
# Digit-for-digit values of the LAPACK-backed builtins, rank-deficient
# matrices included (pinv multiplies V (diag(1/s) U^T) in NumPy's order).
for a in (np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]), np.array([[0.3, 0.7, 1.1], [2.9, -1.3, 0.17]]), np.arange(16.0).reshape((4, 4)) / 7, np.array([[4.0, 12.0, -16.0], [12.0, 37.0, -43.0], [-16.0, -43.0, 98.0]])):
    s = a.T @ a + np.eye(a.shape[1])
    show(np.linalg.pinv(a))
    show(np.linalg.cholesky(s))
    show(np.linalg.inv(s))
    show(np.linalg.det(s))
    shows(np.linalg.svd(a))
    shows(np.linalg.lstsq(a, np.ones(a.shape[0])))
    show(np.linalg.norm(a, 2))
    show(np.linalg.norm(a, "nuc"))
    show(np.linalg.matrix_rank(a))
