fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(10)
a[a > 6] = 0
show(a)
b = arange(6.0).reshape(2, 3)
b[b > 2] = [10, 20, 30]
show(b)
b[b == 0] = -1.5
show(b)
