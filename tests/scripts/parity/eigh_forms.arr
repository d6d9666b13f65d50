fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([[2.0, 1.0], [1.0, 2.0]])
w, v = eigh(a)
show(w)
show(allclose(a @ v, v * w))
show(eigh(array([[6.0, 2.0, 1.0], [2.0, 5.0, 2.0], [1.0, 2.0, 4.0]]))[0])
