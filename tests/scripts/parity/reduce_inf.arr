fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([1.0, inf, -2.0])
show(sum(a))
show(max(a))
show(min(a))
show(argmax(a))
show(mean(array([inf, -inf])))
