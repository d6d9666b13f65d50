fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(24).reshape(4, 6)
show(a[1])
show(a[-1, -2])
show(a[1:3])
show(a[:, 2])
show(a[::2, ::3])
show(a[1:, :-1])
