fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
fn shows(t) {
    for x in t { show(x) }
}
# eig hands geev a column-major copy as NumPy does: the same eigenvalue
# order and eigenvectors, also for triangular and defective matrices.
for a in (array([[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0]]), array([[4.0, 1.0], [2.0, 3.0]]), array([[1.0, 2.0, 3.0], [0.0, 4.0, 5.0], [0.0, 0.0, 6.0]]), array([[5.0, 4.0, 2.0, 1.0], [0.0, 1.0, -1.0, -1.0], [-1.0, -1.0, 3.0, 0.0], [1.0, 1.0, -1.0, 2.0]]), array([[1, 2], [3, 4]]), array([[1.0, 2.0], [3.0, 4.0]], dtype=float32)) {
    shows(eig(a))
}
shows(eig(stack([array([[4.0, 1.0], [2.0, 3.0]]), array([[1.0, 5.0], [0.0, 2.0]])])))
