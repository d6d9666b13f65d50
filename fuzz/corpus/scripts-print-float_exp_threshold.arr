print(array([0.0001, 0.1]))
print(array([1.0, 1000.0]))
print(array([1.0, 1001.0]))
print(array([99999999.0, 1.0]))
