fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(full(3, 2.5))
show(full((2, 2), true))
show(full((2, 1), 7, dtype=float))
