fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(zeros(2, dtype=float32).dtype)
show(ones(2, dtype=bool))
show(arange(3, dtype=float32))
show(full(2, 1.5, dtype=int))
show(linspace(0, 4, 3, dtype=int))
show(eye(2, dtype=bool))
