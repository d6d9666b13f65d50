fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(exp([-1.0, 0.0, 0.5, 10.0]))
show(exp(array([-1.0, 0.0, 0.5, 10.0], dtype=float32)).dtype)
show(exp(2))
show(exp(array([[0.25, 0.75]])))
