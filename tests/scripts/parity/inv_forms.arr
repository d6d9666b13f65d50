fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(inv([[4.0, 7.0], [2.0, 6.0]]))
show(inv([[2, 0, 0], [0, 4, 0], [0, 0, 8]]))
a = array([[1.0, 2.0], [3.0, 5.0]])
show(allclose(inv(a) @ a, eye(2)))
