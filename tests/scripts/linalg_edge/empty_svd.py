import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def shows(t):
    for x in t:
        show(x)
# svd of matrices with a zero dimension and of stacks of none: no singular
# values; the full factors are identities (NumPy's answer).
for s in [(0, 3), (3, 0), (0, 0), (2, 0, 3), (0, 2, 3), (2, 3, 0)]:
    a = np.zeros(s)
    shows(np.linalg.svd(a))
    shows(np.linalg.svd(a, full_matrices=False))
    show(np.linalg.svd(a, compute_uv=False))
shows(np.linalg.svd(np.ones((0, 2), dtype=np.float32)))
show(np.linalg.svd(np.ones((0, 2), dtype=np.float32), compute_uv=False).dtype)
shows(np.linalg.svd(np.zeros((1, 0), dtype=int)))
shows(np.linalg.svd(np.zeros((0, 1), dtype=bool), full_matrices=False))
