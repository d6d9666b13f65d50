fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([[1.0, 0.0], [0.0, 1e-10]])
show(matrix_rank(a))
show(matrix_rank(a, tol=1e-12))
show(matrix_rank(arange(9.0).reshape(3, 3)))
