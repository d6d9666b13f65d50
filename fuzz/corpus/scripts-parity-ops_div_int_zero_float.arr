fn show(x) {
    if type(x) == "array" { print(repr(x)) } else { print(x) }
}
show(array([1.0, -1.0, 0.0]) / 0)
show(arange(3) / 0.0)
