print(array([-1, 100, 20]))
print(repr(array([-1, 100, 20])))
print(array([[1, -20], [300, 4]]))
