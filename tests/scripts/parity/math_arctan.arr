fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(arctan([-10.0, 0.0, 1.0, 100.0]))
show(arctan(array([-10.0, 0.0, 1.0, 100.0], dtype=float32)).dtype)
show(arctan(2))
show(arctan(array([[0.25, 0.75]])))
