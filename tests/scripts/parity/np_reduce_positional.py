import numpy as np

print(np.sum(range(5), -1), sum(range(5), -1))
print(np.sum([[1, 2], [3, 4]], 0), np.sum([[1, 2], [3, 4]], 1))
print(np.max([1, 5], 0), np.min([[3, 1], [2, 5]], 1), np.amax([[3, 1], [2, 5]], 0))
print(np.amin((4, 2, 8)), np.max(range(4)), max(range(4)))
print(np.all([[1, 0], [1, 1]], 0), np.any([[0, 0], [0, 1]], 1), all([1, 0]), any([0, 2]))
print(np.sum([True, True, False]), np.max([1.5, -2.0]))
from numpy import *
print(sum(range(5), -1))
print(max([[1, 9], [4, 2]], 1))
print(np.__version__ >= "2")

x = np.nan
print(np.nan in set([np.nan]), np.nan in (1.0, np.nan), 1.0 in [np.nan])
print(np.array(0) // np.array(0), np.array([5, 7, -3]) % 0, np.array([4, 9]) // np.array([0, 2]))
print(np.array([5, 7], dtype=np.int8) // 0, np.array([True]) // np.array([False]))
print(np.array([np.nan]).astype(int).astype(float))
