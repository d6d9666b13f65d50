import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def shows(t):
    for x in t:
        show(x)
# qr (reduced) with a zero dimension: Q is (M, K) and R is (K, N), K = min(M, N).
for s in [(0, 3), (3, 0), (0, 0), (1, 0), (2, 0, 3), (0, 2, 3), (0, 3, 2)]:
    shows(np.linalg.qr(np.zeros(s)))
shows(np.linalg.qr(np.zeros((0, 3), dtype=np.float32)))
shows(np.linalg.qr(np.zeros((3, 0), dtype=int)))
