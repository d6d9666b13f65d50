fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(6).reshape(1, 2, 3)
show(transpose(a, (2, 0, 1)))
show(transpose(a, [-1, 0, 1]).shape)
show(a.T.shape)
