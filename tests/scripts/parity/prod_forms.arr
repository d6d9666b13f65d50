fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(prod([1, 2, 3, 4]))
show(prod(arange(1, 7).reshape(2, 3), axis=1))
show(prod(array([0.5, 4.0])))
