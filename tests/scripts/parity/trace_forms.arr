fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(trace(arange(9).reshape(3, 3)))
show(trace(eye(4)))
