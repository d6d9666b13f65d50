norm(ones((2, 2)), 3)
