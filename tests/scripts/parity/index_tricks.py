import numpy as np
print(np.mgrid[0:3, 0:4])
print(np.mgrid[0:5], np.mgrid[1:10:3, 0:2].shape, np.mgrid[4:0:-1])
xx, yy = np.mgrid[0:2, 0:3]
print(xx, yy)
print(np.ogrid[0:3, 0:2], np.ogrid[0:4])
print(np.r_[1:4, 0, 4], np.r_[np.array([1, 2]), 3, [4.5, 5]], np.r_[0:10:3])
print(np.c_[np.array([1, 2, 3]), np.array([4, 5, 6])], np.c_[np.ones((2, 2)), [7, 8]])
a = np.arange(20).reshape(4, 5)
print(np.ix_([0, 1], [2, 4]), a[np.ix_([0, 2], [1, 3])], a[np.ix_(np.array([True, False, True, False]), [0])])
