fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(det([[1, 2], [3, 4]]))
show(det([[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0]]))
show(det(arange(9.0).reshape(3, 3) + eye(3)))
show(det(stack([eye(2), 2 * eye(2)])))
