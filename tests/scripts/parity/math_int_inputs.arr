fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(sqrt(arange(5)))
show(exp(arange(3)))
show(log(array([1, 10, 100])))
show(sin(arange(4)))
