fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(cholesky([[4.0, 2.0], [2.0, 3.0]]))
a = array([[6.0, 2.0, 1.0], [2.0, 5.0, 2.0], [1.0, 2.0, 4.0]])
l = cholesky(a)
show(allclose(l @ l.T, a))
