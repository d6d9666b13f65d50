fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([[4.0, 7.0], [2.0, 6.0]])
show(allclose(pinv(a), inv(a)))
show(pinv(array([[2.0, 0.0, 0.0]])))
