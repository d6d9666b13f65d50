fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(arcsin([-1.0, 0.0, 0.5, 1.0]))
show(arcsin(array([-1.0, 0.0, 0.5, 1.0], dtype=float32)).dtype)
show(arcsin(2))
show(arcsin(array([[0.25, 0.75]])))
