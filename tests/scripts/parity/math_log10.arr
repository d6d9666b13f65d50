fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(log10([1, 5, 100, 0.001]))
show(log10(array([1, 5, 100, 0.001], dtype=float32)).dtype)
show(log10(2))
show(log10(array([[0.25, 0.75]])))
