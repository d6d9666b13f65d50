fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(tan([0.0, 0.5, 1.0, -1.0]))
show(tan(array([0.0, 0.5, 1.0, -1.0], dtype=float32)).dtype)
show(tan(2))
show(tan(array([[0.25, 0.75]])))
