fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(array(range(5)))
show(array(range(10, 0, -3)))
