print(array([1e-5, 1.0]))
print(array([1.5e-7, 2.5e8]))
print(repr(array([0.0001, 1000.0])))
