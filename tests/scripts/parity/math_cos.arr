fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(cos([0.0, 0.5, 1.0, 3.0]))
show(cos(array([0.0, 0.5, 1.0, 3.0], dtype=float32)).dtype)
show(cos(2))
show(cos(array([[0.25, 0.75]])))
