fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(6).reshape(2, 3)
show(ravel(a))
show(flatten(a.T))
show(ravel(a.T))
