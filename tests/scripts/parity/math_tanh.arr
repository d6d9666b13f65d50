fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(tanh([-2.0, 0.0, 0.5, 3.0]))
show(tanh(array([-2.0, 0.0, 0.5, 3.0], dtype=float32)).dtype)
show(tanh(2))
show(tanh(array([[0.25, 0.75]])))
