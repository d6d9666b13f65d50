print(array([1.5]) & array([2.0]))
