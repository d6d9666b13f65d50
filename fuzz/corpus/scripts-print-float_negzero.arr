print(array([-0.0, 1.0]))
print(array([0.0, 0.0]))
print(repr(zeros(3)))
