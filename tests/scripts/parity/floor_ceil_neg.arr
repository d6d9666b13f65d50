fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([-2.5, -2.0, -0.1, 0.1, 2.0])
show(floor(a))
show(ceil(a))
show(round(a))
show(floor(a / 2))
