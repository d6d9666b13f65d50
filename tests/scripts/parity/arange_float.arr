fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(arange(0.5, 3))
show(arange(0, 1, 0.1))
show(arange(5, dtype=float))
