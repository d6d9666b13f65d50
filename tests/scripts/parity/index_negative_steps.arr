fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(10)
show(a[::-1])
show(a[8:2:-2])
show(a[-1:-4:-1])
show(a[:3:-3])
show(arange(12).reshape(3, 4)[::-1, ::-2])
