fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(12).reshape(3, 4)
show(a[[0, 2]])
show(a[[0, 2], [1, 3]])
show(a[[-1, 0]])
show(a[:, [3, 0]])
show(a[[[0], [2]], [1, 2]])
show(a[1, [0, 0, 3]])
