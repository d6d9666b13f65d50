fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
b = array([true, false, true])
show(b + b)
show(b * b)
show(b + 1)
show(b * 0.5)
show(b & array([false, false, true]))
show(b | false)
