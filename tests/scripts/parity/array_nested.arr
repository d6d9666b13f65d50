fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(array([[1, 2], [3, 4]]))
show(array([1, 2.5]))
show(array([true, false]))
show(array([[1.0], [2.0]], dtype=float32))
