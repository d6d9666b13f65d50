fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(sin([0.0, 0.5, 1.0, 3.0]))
show(sin(array([0.0, 0.5, 1.0, 3.0], dtype=float32)).dtype)
show(sin(2))
show(sin(array([[0.25, 0.75]])))
