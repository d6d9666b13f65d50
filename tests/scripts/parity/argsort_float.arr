fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(argsort(array([0.5, -2.0, 3.0, 1.0])))
show(argsort(array([3.0, nan, 1.0])))
show(argsort(arange(12).reshape(3, 4) % 5, axis=1))
