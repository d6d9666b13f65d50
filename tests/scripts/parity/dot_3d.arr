fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(24).reshape(2, 3, 4)
b = arange(8).reshape(4, 2)
show(dot(a, b))
show(dot(a, arange(4)))
show(dot(arange(3), arange(12).reshape(3, 4)))
