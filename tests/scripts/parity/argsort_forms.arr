fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(argsort([30, 10, 20]))
show(argsort(array([[3, 1, 2], [0, 5, 4]]), axis=1))
show(argsort(array([[3, 1], [0, 5]]), axis=0))
