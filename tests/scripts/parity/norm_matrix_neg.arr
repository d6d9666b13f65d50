fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([[1.0, -2.0], [3.0, 4.0]])
show(norm(a, -1))
show(norm(a, -inf))
show(norm(a, -2))
