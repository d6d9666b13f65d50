fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(array([1.0, -1.0, 0.0]) / 0)
show(arange(3) / 0.0)
