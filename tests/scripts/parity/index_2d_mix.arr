fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(20).reshape(4, 5)
show(a[1:3, [0, 4]])
show(a[[3, 1], 1:3])
show(a[a[:, 0] > 5])
show(a[:, a[0] % 2 == 0])
