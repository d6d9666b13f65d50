fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(outer([1, 2, 3], [1, 10]))
show(inner([1, 2], [3, 4]))
show(inner(arange(4).reshape(2, 2), arange(4).reshape(2, 2)))
