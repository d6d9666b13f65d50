fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([1.0, nan, inf, -inf, 0.0])
show(isnan(a))
show(isinf(a))
show(isnan(arange(3)))
