fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
fn shows(t) {
    for x in t { show(x) }
}
# svd of matrices with a zero dimension and of stacks of none: no singular
# values; the full factors are identities (NumPy's answer).
for s in [(0, 3), (3, 0), (0, 0), (2, 0, 3), (0, 2, 3), (2, 3, 0)] {
    a = zeros(s)
    shows(svd(a))
    shows(svd(a, full_matrices=false))
    show(svd(a, compute_uv=false))
}
shows(svd(ones((0, 2), dtype=float32)))
show(svd(ones((0, 2), dtype=float32), compute_uv=false).dtype)
shows(svd(zeros((1, 0), dtype=int)))
shows(svd(zeros((0, 1), dtype=bool), full_matrices=false))
