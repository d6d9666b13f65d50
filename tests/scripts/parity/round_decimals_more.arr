fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(round(array([3.14159, 2.71828]), 3))
show(round(array([15.5, 25.5, -35.5])))
show(round(array([0.125, 0.375]), 2))
show(round(arange(5), 1))
