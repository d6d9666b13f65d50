fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
fn shows(t) {
    for x in t { show(x) }
}
# inv, det, eig, eigh, cholesky of 0x0 matrices and of stacks with no
# matrices or with 0x0 ones: no LAPACK call, NumPy's shapes and values.
for s in [(0, 0), (0, 2, 2), (2, 0, 0), (0, 0, 0)] {
    a = zeros(s)
    show(inv(a))
    show(det(a))
    shows(eig(a))
    shows(eigh(a))
    show(cholesky(a))
}
show(det(zeros((0, 0), dtype=float32)))
show(det(zeros((0, 0), dtype=float32)).dtype)
show(inv(zeros((0, 0), dtype=float32)))
show(inv(zeros((0, 0), dtype=int)))
show(det(zeros((0, 0), dtype=int)))
show(det(zeros((0, 0), dtype=bool)))
shows(eigh(zeros((0, 3, 3), dtype=float32)))
shows(eig(zeros((0, 0), dtype=int)))
show(cholesky(zeros((2, 0, 0), dtype=bool)))
