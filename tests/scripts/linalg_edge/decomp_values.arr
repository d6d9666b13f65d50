fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
fn shows(t) {
    for x in t { show(x) }
}
# Digit-for-digit values of the LAPACK-backed builtins, rank-deficient
# matrices included (pinv multiplies V (diag(1/s) U^T) in NumPy's order).
for a in (array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]), array([[0.3, 0.7, 1.1], [2.9, -1.3, 0.17]]), arange(16.0).reshape((4, 4)) / 7, array([[4.0, 12.0, -16.0], [12.0, 37.0, -43.0], [-16.0, -43.0, 98.0]])) {
    s = a.T @ a + eye(a.shape[1])
    show(pinv(a))
    show(cholesky(s))
    show(inv(s))
    show(det(s))
    shows(svd(a))
    shows(lstsq(a, ones(a.shape[0])))
    show(norm(a, 2))
    show(norm(a, "nuc"))
    show(matrix_rank(a))
}
