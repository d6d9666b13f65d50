fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(log([1, 2, 10, 0.5]))
show(log(array([1, 2, 10, 0.5], dtype=float32)).dtype)
show(log(2))
show(log(array([[0.25, 0.75]])))
