fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
q, r = qr(a)
show(q.shape)
show(r.shape)
show(allclose(q @ r, a))
show(allclose(q.T @ q, eye(2)))
show(abs(r))
