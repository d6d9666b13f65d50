fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
w, v = eig([[2.0, 0.0], [0.0, 3.0]])
show(w)
a = array([[4.0, 1.0], [2.0, 3.0]])
w2, v2 = eig(a)
show(sort(w2))
show(allclose(a @ v2, v2 * w2))
