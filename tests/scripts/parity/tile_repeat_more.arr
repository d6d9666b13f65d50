fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(tile(arange(3).reshape(3, 1), 2))
show(tile(array([[1, 2]]), 3))
show(repeat(arange(4).reshape(2, 2), [1, 2], axis=0))
show(repeat(array([1.5]), 3))
