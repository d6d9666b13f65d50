fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(array([1.9, -1.9], dtype=int))
show(array([0, 2], dtype=bool))
