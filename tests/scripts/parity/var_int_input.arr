fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(var([1, 2, 3, 4]))
show(std([2, 4, 4, 4, 5, 5, 7, 9]))
show(var(array([[1, 2], [3, 4]]), axis=0))
