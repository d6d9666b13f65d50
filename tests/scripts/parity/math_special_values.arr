fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(sqrt(-1.0))
show(log(array([0.0, -1.0])))
show(exp(array([1000.0])))
