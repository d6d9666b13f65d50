fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(tile(arange(3), 2))
show(tile([[1, 2]], (2, 1)))
show(tile(arange(2), (2, 2)))
