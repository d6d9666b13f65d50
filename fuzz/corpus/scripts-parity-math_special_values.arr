fn show(x) {
    if type(x) == "array" { print(repr(x)) } else { print(x) }
}
show(sqrt(-1.0))
show(log(array([0.0, -1.0])))
show(exp(array([1000.0])))
