fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(abs(array([[-1, 2], [3, -4]])))
show(abs(array([-0.0, -inf, 2.5])))
show(sign(array([-inf, nan, inf])))
show(sign(-7))
