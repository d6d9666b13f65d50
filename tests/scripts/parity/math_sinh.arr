fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(sinh([-1.0, 0.0, 2.0]))
show(sinh(array([-1.0, 0.0, 2.0], dtype=float32)).dtype)
show(sinh(2))
show(sinh(array([[0.25, 0.75]])))
