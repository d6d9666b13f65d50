fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(cumsum(arange(5)))
show(cumsum(arange(6).reshape(2, 3), axis=1))
show(cumsum(arange(6).reshape(2, 3)))
show(cumsum(array([0.5, 0.25, 0.125])))
