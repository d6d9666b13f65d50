fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(log2([1, 2, 3, 1024]))
show(log2(array([1, 2, 3, 1024], dtype=float32)).dtype)
show(log2(2))
show(log2(array([[0.25, 0.75]])))
