import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def shows(t):
    for x in t:
        show(x)
# 1x1 matrices of each dtype.
for a in (np.array([[2]]), np.array([[2.0]]), np.array([[2.0]], dtype=np.float32), np.array([[True]])):
    show(np.linalg.inv(a))
    show(np.linalg.det(a))
    show(np.linalg.det(a).dtype)
    shows(np.linalg.eig(a))
    shows(np.linalg.eigh(a))
    shows(np.linalg.svd(a))
    show(np.linalg.svd(a, compute_uv=False))
    shows(np.linalg.qr(a))
    show(np.linalg.cholesky(a))
    show(np.linalg.pinv(a))
    show(np.linalg.matrix_rank(a))
    show(np.linalg.norm(a))
    show(np.linalg.norm(a, 2))
    show(np.linalg.norm(a, "nuc"))
z = np.array([[0.0]])
show(np.linalg.det(z))
shows(np.linalg.eig(z))
shows(np.linalg.svd(z))
show(np.linalg.pinv(z))
show(np.linalg.matrix_rank(z))
