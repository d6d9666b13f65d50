fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
fn shows(t) {
    for x in t { show(x) }
}
# eigh reads only the lower triangle, as NumPy's default UPLO='L'.
shows(eigh([[1.0, 3.0], [5.0, 2.0]]))
shows(eigh([[1, 100], [2, 3]]))
shows(eigh(stack([array([[2.0, -7.0], [1.0, 2.0]]), array([[1.0, 0.0], [4.0, 1.0]])])))
shows(eigh(array([[4.0, 9.0, 9.0], [1.0, 3.0, 9.0], [0.0, 2.0, 5.0]], dtype=float32)))
show(cholesky([[4.0, 100.0], [2.0, 3.0]]))
