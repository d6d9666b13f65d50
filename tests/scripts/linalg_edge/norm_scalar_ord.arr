norm(3.0, 2)
