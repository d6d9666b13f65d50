fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(repeat(arange(3), 2))
show(repeat([[1, 2], [3, 4]], 2, axis=1))
show(repeat([1, 2, 3], [1, 0, 2]))
