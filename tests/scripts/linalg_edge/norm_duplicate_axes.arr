norm(ones((2, 2)), axis=(1, -1))
