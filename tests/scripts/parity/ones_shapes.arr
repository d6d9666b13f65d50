fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(ones(2))
show(ones((3, 1)))
show(ones(4, dtype=float32))
