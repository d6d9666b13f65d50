fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(9)
show(split(a, 3))
show(split(a, [2, 5]))
show(split(arange(8).reshape(2, 4), 2, axis=1))
