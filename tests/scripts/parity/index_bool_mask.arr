fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(12).reshape(3, 4)
show(a[a % 3 == 0])
show(a[[true, false, true]])
show(a[:, [true, false, false, true]])
show(a[a > 100])
