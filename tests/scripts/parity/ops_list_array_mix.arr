fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show([1, 2] + arange(2))
show(arange(3) * [2, 3, 4])
show(2 * array([1.5]))
