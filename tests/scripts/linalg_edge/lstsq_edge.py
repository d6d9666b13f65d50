import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def shows(t):
    for x in t:
        show(x)
# lstsq with an empty a (x = 0, rank 0, residuals |b|^2 when M > N),
# with no right-hand sides, and in float32.
shows(np.linalg.lstsq(np.zeros((0, 3)), np.zeros(0)))
shows(np.linalg.lstsq(np.zeros((3, 0)), np.ones(3)))
shows(np.linalg.lstsq(np.zeros((3, 0)), np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])))
shows(np.linalg.lstsq(np.zeros((0, 0)), np.zeros(0)))
shows(np.linalg.lstsq(np.zeros((0, 3)), np.zeros((0, 2))))
shows(np.linalg.lstsq(np.ones((3, 2)), np.zeros((3, 0))))
shows(np.linalg.lstsq(np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]), np.zeros((3, 0))))
shows(np.linalg.lstsq([[2.0]], [4.0]))
shows(np.linalg.lstsq([[2.0], [1.0]], [4.0, 1.0]))
shows(np.linalg.lstsq(np.eye(2, dtype=np.float32), np.ones(2, dtype=np.float32)))
shows(np.linalg.lstsq(np.zeros((0, 3), dtype=np.float32), np.zeros(0, dtype=np.float32)))
shows(np.linalg.lstsq(np.zeros((0, 3), dtype=int), np.zeros(0, dtype=int)))
shows(np.linalg.lstsq(np.zeros((3, 0), dtype=bool), np.ones(3, dtype=bool)))
