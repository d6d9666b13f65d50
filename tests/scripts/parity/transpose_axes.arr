fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(24).reshape(2, 3, 4)
show(transpose(a).shape)
show(transpose(a, (1, 0, 2)))
show(a.T[0])
