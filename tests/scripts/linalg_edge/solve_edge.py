import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def shows(t):
    for x in t:
        show(x)
# solve with empty systems, empty right-hand sides, stacks of none, and
# broadcasting of the stacks of a and b.
show(np.linalg.solve(np.zeros((0, 0)), np.zeros(0)))
show(np.linalg.solve(np.zeros((0, 0)), np.zeros((0, 2))))
show(np.linalg.solve(np.zeros((0, 0)), np.zeros((3, 0, 0))))
show(np.linalg.solve(np.eye(2), np.zeros((2, 0))))
show(np.linalg.solve(np.zeros((0, 2, 2)), np.ones(2)))
show(np.linalg.solve(np.zeros((0, 2, 2)), np.ones((2, 1))))
show(np.linalg.solve(np.zeros((0, 2, 2)), np.ones((0, 2, 1))))
show(np.linalg.solve(np.eye(2), np.zeros((0, 2, 1))))
a = np.stack([np.eye(2), 2 * np.eye(2)])
show(np.linalg.solve(a, np.ones(2)))
show(np.linalg.solve(a, np.ones((2, 2))))
show(np.linalg.solve(np.eye(2), np.ones((3, 1, 2, 1))))
show(np.linalg.solve(a, np.ones((3, 1, 2, 1))))
show(np.linalg.solve([[2.0]], [4.0]))
show(np.linalg.solve([[2]], [4]))
show(np.linalg.solve([[True]], [True]))
show(np.linalg.solve([[2, 0], [0, 4]], [[1, 2], [3, 4]]))
show(np.linalg.solve(np.eye(2, dtype=np.float32), np.ones(2, dtype=np.float32)))
show(np.linalg.solve(np.eye(2, dtype=np.float32), np.ones(2)))
show(np.linalg.solve(np.eye(2), np.ones(2, dtype=np.float32)))
show(np.linalg.solve(np.zeros((0, 0), dtype=np.float32), np.zeros(0, dtype=np.float32)))
show(np.linalg.solve(np.zeros((0, 0), dtype=int), np.zeros(0, dtype=int)))
