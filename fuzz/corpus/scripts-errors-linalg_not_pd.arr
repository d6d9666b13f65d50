cholesky([[1, 2], [2, 1]])
