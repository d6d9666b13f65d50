fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(12).reshape(3, 4)
a[a % 2 == 1] = -1
show(a)
a[[true, false, true]] = 7
show(a)
