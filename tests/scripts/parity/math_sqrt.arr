fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(sqrt([0, 1, 2, 16]))
show(sqrt(array([0, 1, 2, 16], dtype=float32)).dtype)
show(sqrt(2))
show(sqrt(array([[0.25, 0.75]])))
