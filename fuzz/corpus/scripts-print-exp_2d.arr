print(array([[1e-10, 1.0], [2.5, 1e12]]))
print(repr(array([1e100, 1e-100])))
