fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = zeros((3, 4), dtype=int)
a[0] = 1
a[1, 1:3] = [5, 6]
a[:, -1] = arange(3)
a[2, ::2] = 9
show(a)
