fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(split(arange(10), [3, 7, 20]))
show(split(arange(6).reshape(3, 2), 3))
show(split(arange(4), [-1]))
