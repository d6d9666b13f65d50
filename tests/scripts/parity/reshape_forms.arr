fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(12)
show(reshape(a, (3, 4)))
show(a.reshape(2, -1))
show(reshape(a, (2, 3, 2)))
show(a.reshape((12, 1)).shape)
