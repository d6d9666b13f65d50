fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(round(array([0.5, 1.5, 2.5, -0.5, -1.5])))
show(round(array([1.2345, 6.789]), 2))
show(round(array([1234.5, 5678.9]), -2))
show(round(arange(3)))
