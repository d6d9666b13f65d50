fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(6.0).reshape(2, 3) / 4
show(cumsum(a, axis=0))
show(cumsum(a, axis=-1))
show(cumsum(array([true, true, false])))
