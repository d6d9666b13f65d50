fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([1, -2, 3])
show(-a)
show(+a)
show(~array([true, false]))
show(-array([1.5]))
show(-(-a))
