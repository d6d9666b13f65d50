fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(6).reshape(2, 3)
m = array([[true, false, true], [false, true, false]])
show(a[m])
b = a * 1.5
b[m] = 0
show(b)
