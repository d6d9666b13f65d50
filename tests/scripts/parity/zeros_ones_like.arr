fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(zeros_like([[1.5, 2.5]]))
show(ones_like(arange(3)))
show(zeros_like(arange(3), dtype=float))
