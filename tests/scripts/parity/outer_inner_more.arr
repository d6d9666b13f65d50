fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(outer(arange(3), arange(2.0)))
show(outer([[1, 2], [3, 4]], [1, -1]))
show(inner(arange(6).reshape(2, 3), arange(3)))
