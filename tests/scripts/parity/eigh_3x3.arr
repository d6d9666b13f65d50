fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]])
w, v = eigh(a)
show(w)
show(allclose(v.T @ v, eye(3)))
show(allclose(a @ v, v * w))
