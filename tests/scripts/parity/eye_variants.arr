fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(eye(3))
show(eye(2, 4))
show(eye(3, k=-1))
show(eye(2, dtype=int))
