fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(12.0).reshape(3, 4)
show(a[1, 2])
show(a[-1][-1])
show(arange(5)[2])
show(array([true, false])[1])
