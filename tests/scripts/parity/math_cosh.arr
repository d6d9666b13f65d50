fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(cosh([-1.0, 0.0, 2.0]))
show(cosh(array([-1.0, 0.0, 2.0], dtype=float32)).dtype)
show(cosh(2))
show(cosh(array([[0.25, 0.75]])))
