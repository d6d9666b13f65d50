fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(arccos([-1.0, 0.0, 0.5, 1.0]))
show(arccos(array([-1.0, 0.0, 0.5, 1.0], dtype=float32)).dtype)
show(arccos(2))
show(arccos(array([[0.25, 0.75]])))
