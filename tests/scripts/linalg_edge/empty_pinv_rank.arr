fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
fn shows(t) {
    for x in t { show(x) }
}
# pinv and matrix_rank of empty matrices and stacks.
for s in [(0, 3), (3, 0), (0, 0), (2, 0, 3), (0, 2, 3), (2, 3, 0)] {
    a = zeros(s)
    show(pinv(a))
    show(matrix_rank(a))
    show(matrix_rank(a, tol=1))
}
# An empty matrix's pseudo-inverse keeps the input dtype (NumPy's quirk);
# a stack of no non-empty matrices is computed, hence float64.
show(pinv(zeros((0, 3), dtype=int)))
show(pinv(zeros((3, 0), dtype=bool)))
show(pinv(zeros((2, 0, 3), dtype=float32)))
show(pinv(zeros((0, 2, 3), dtype=int)))
show(pinv(zeros((0, 3)), rcond=inf))
show(pinv(zeros((2, 0)), rcond=2))
show(matrix_rank(zeros((0, 3), dtype=int)))
show(matrix_rank(zeros(0)))
show(matrix_rank(zeros((2, 0)), tol=0))
