import numpy as np
from numpy.lib import stride_tricks
from numpy.lib.stride_tricks import sliding_window_view
Z = np.arange(10)
print(stride_tricks.as_strided(Z, shape=(8, 3), strides=(Z.strides[0], Z.strides[0])))
print(sliding_window_view(Z, window_shape=3).mean(axis=-1))
Z = np.arange(20).reshape(4, 5)
print(sliding_window_view(Z, (2, 2)).shape, Z.strides, Z.itemsize, Z.nbytes)
print(np.lib.stride_tricks.sliding_window_view(Z, (2, 3))[::2, ::2, ...].sum(axis=(-2, -1)))
C = stride_tricks.as_strided(Z, shape=(3, 4, 2, 2), strides=Z.strides + Z.strides)
print(C[1, 2])
A = np.arange(9).reshape(3, 3)
A.flat[::4] = 0
print(A, A.flat[5])
np.set_printoptions(precision=3, suppress=True)
print(np.array([1e-5, 1.23456789, 100.0]))
np.set_printoptions(precision=8, suppress=False)
with np.printoptions(precision=2):
    print(np.array([np.pi, np.e]))
print(np.array([np.pi]))
np.set_printoptions(threshold=5)
print(np.arange(10))
np.set_printoptions(threshold=1000, edgeitems=2)
print(np.arange(2000))
np.set_printoptions(edgeitems=3)
print(np.finfo(np.float64).eps, np.finfo(np.float32).eps, np.iinfo(np.int64).max, np.finfo(float).max)
print(np.finfo(np.float64))
old = np.seterr(all="ignore")
print(old)
with np.errstate(divide="ignore"):
    print(np.ones(2) / 0)
_ = np.seterr(**old)
print(np.geterr())
