a = arange(6)
print(a.reshape(2, 3).T, a.reshape((3, -1)).shape)
print(vstack([a, a * 2]), hstack([a, a]))
print(vstack([[1, 2], [3, 4]]).T.shape, a.ndim, a.size, a.dtype, array([1.5]).dtype)
x = vstack([array([1, 2, 3, 4, 5]), ones(5)]).T
print(x)
