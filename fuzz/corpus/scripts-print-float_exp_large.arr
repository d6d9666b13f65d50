print(array([1e10, 1.0]))
print(array([1.5e8, 2.0, 3.25]))
