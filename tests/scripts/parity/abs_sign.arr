fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(abs([-3, 0, 2]))
show(abs(array([-1.5, 2.5])))
show(sign([-3, 0, 2]))
show(sign(array([-0.5, 0.0, 7.0])))
show(abs(-4))
