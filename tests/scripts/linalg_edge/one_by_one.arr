fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
fn shows(t) {
    for x in t { show(x) }
}
# 1x1 matrices of each dtype.
for a in (array([[2]]), array([[2.0]]), array([[2.0]], dtype=float32), array([[true]])) {
    show(inv(a))
    show(det(a))
    show(det(a).dtype)
    shows(eig(a))
    shows(eigh(a))
    shows(svd(a))
    show(svd(a, compute_uv=false))
    shows(qr(a))
    show(cholesky(a))
    show(pinv(a))
    show(matrix_rank(a))
    show(norm(a))
    show(norm(a, 2))
    show(norm(a, "nuc"))
}
z = array([[0.0]])
show(det(z))
shows(eig(z))
shows(svd(z))
show(pinv(z))
show(matrix_rank(z))
