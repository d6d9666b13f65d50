fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([[3, 1, 2], [9, 7, 8]])
show(sort(a))
show(sort(a, axis=0))
show(sort(array([2.5, nan, -1.0, 0.0])))
show(sort(a, axis=none))
