fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(arange(5))
show(arange(2, 9))
show(arange(10, 0, -2))
show(arange(0))
