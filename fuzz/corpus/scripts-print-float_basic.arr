print(array([1.5, 2.25, -3.0]))
