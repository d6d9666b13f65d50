fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([1.0, nan, 3.0])
show(min(a))
show(max(array([[1.0, 2.0], [nan, 0.0]]), axis=1))
