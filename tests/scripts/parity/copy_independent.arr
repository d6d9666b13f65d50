fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(3)
b = copy(a)
b[0] = 9
show(a)
show(b)
