fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([-1.5, -0.5, 0.5, 1.5, 2.7])
show(floor(a))
show(ceil(a))
show(floor(arange(3)))
show(ceil(array([1.2], dtype=float32)))
