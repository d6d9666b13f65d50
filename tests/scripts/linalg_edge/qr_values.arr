fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
fn shows(t) {
    for x in t { show(x) }
}
# qr factorizes the column-major copy as NumPy's geqrf does: the same Q and
# R to the digit, also for wide and rank-deficient matrices.
for a in (array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]), array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]), arange(16.0).reshape((4, 4)), ones((3, 3)), ones((3, 2), dtype=bool)) {
    shows(qr(a))
}
shows(qr(stack([array([[2.0, 1.0], [1.0, 3.0]]), array([[0.0, 1.0], [1.0, 0.0]])])))
