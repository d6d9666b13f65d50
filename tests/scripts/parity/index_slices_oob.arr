fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(5)
show(a[3:100])
show(a[-100:2])
show(a[4:1])
show(a[::10])
