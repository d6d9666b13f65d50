fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(det([[1.0, 2.0], [2.0, 4.0]]))
show(det(ones((3, 2, 2))))
show(det(eye(3) * 2))
