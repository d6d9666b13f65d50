import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def shows(t):
    for x in t:
        show(x)
# inv, det, eig, eigh, cholesky of 0x0 matrices and of stacks with no
# matrices or with 0x0 ones: no LAPACK call, NumPy's shapes and values.
for s in [(0, 0), (0, 2, 2), (2, 0, 0), (0, 0, 0)]:
    a = np.zeros(s)
    show(np.linalg.inv(a))
    show(np.linalg.det(a))
    shows(np.linalg.eig(a))
    shows(np.linalg.eigh(a))
    show(np.linalg.cholesky(a))
show(np.linalg.det(np.zeros((0, 0), dtype=np.float32)))
show(np.linalg.det(np.zeros((0, 0), dtype=np.float32)).dtype)
show(np.linalg.inv(np.zeros((0, 0), dtype=np.float32)))
show(np.linalg.inv(np.zeros((0, 0), dtype=int)))
show(np.linalg.det(np.zeros((0, 0), dtype=int)))
show(np.linalg.det(np.zeros((0, 0), dtype=bool)))
shows(np.linalg.eigh(np.zeros((0, 3, 3), dtype=np.float32)))
shows(np.linalg.eig(np.zeros((0, 0), dtype=int)))
show(np.linalg.cholesky(np.zeros((2, 0, 0), dtype=bool)))
