import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def shows(t):
    for x in t:
        show(x)
# pinv and matrix_rank of empty matrices and stacks.
for s in [(0, 3), (3, 0), (0, 0), (2, 0, 3), (0, 2, 3), (2, 3, 0)]:
    a = np.zeros(s)
    show(np.linalg.pinv(a))
    show(np.linalg.matrix_rank(a))
    show(np.linalg.matrix_rank(a, tol=1))
# An empty matrix's pseudo-inverse keeps the input dtype (NumPy's quirk);
# a stack of no non-empty matrices is computed, hence float64.
show(np.linalg.pinv(np.zeros((0, 3), dtype=int)))
show(np.linalg.pinv(np.zeros((3, 0), dtype=bool)))
show(np.linalg.pinv(np.zeros((2, 0, 3), dtype=np.float32)))
show(np.linalg.pinv(np.zeros((0, 2, 3), dtype=int)))
show(np.linalg.pinv(np.zeros((0, 3)), rcond=np.inf))
show(np.linalg.pinv(np.zeros((2, 0)), rcond=2))
show(np.linalg.matrix_rank(np.zeros((0, 3), dtype=int)))
show(np.linalg.matrix_rank(np.zeros(0)))
show(np.linalg.matrix_rank(np.zeros((2, 0)), tol=0))
