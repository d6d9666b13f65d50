fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(sqrt(2))
show(exp(1.0))
show(log(10))
show(cos(pi))
show(tanh(0.5))
show(arctan(1.0) * 4)
