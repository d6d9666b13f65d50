fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(trace(arange(6).reshape(2, 3)))
show(trace(array([[1.5, 2.0], [3.0, -0.5]])))
