fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = zeros(10, dtype=int)
a[::3] = 1
a[8:2:-2] = 5
show(a)
b = arange(12).reshape(3, 4)
b[::2, ::2] = -1
show(b)
