inv(ones((2, 3)))
