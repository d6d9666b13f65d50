import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def shows(t):
    for x in t:
        show(x)
# qr factorizes the column-major copy as NumPy's geqrf does: the same Q and
# R to the digit, also for wide and rank-deficient matrices.
for a in (np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]), np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]), np.arange(16.0).reshape((4, 4)), np.ones((3, 3)), np.ones((3, 2), dtype=bool)):
    shows(np.linalg.qr(a))
shows(np.linalg.qr(np.stack([np.array([[2.0, 1.0], [1.0, 3.0]]), np.array([[0.0, 1.0], [1.0, 0.0]])])))
