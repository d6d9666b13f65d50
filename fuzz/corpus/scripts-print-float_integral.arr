print(array([1.0, 2.0, 3.0]))
print(repr(array([1.0, 2.0, 3.0])))
