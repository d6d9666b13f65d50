fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(zeros(3))
show(zeros((2, 3)))
show(zeros((2, 2), dtype=int))
show(zeros((1, 2, 2), dtype=bool))
