fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(argmax([1, 3, 3, 2]))
show(argmin([2, 1, 1, 0, 0]))
show(argmax(array([[1, 5], [5, 1]]), axis=0))
