fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(matrix_rank(eye(3)))
show(matrix_rank([[1, 2], [2, 4]]))
show(matrix_rank(zeros((2, 2))))
show(matrix_rank(ones((3, 4))))
