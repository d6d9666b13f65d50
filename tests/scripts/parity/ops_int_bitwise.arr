fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([12, 10, 7])
show(a & 6)
show(a | 1)
show(~a)
