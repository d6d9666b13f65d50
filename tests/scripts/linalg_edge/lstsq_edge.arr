fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
fn shows(t) {
    for x in t { show(x) }
}
# lstsq with an empty a (x = 0, rank 0, residuals |b|^2 when M > N),
# with no right-hand sides, and in float32.
shows(lstsq(zeros((0, 3)), zeros(0)))
shows(lstsq(zeros((3, 0)), ones(3)))
shows(lstsq(zeros((3, 0)), array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])))
shows(lstsq(zeros((0, 0)), zeros(0)))
shows(lstsq(zeros((0, 3)), zeros((0, 2))))
shows(lstsq(ones((3, 2)), zeros((3, 0))))
shows(lstsq(array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]), zeros((3, 0))))
shows(lstsq([[2.0]], [4.0]))
shows(lstsq([[2.0], [1.0]], [4.0, 1.0]))
shows(lstsq(eye(2, dtype=float32), ones(2, dtype=float32)))
shows(lstsq(zeros((0, 3), dtype=float32), zeros(0, dtype=float32)))
shows(lstsq(zeros((0, 3), dtype=int), zeros(0, dtype=int)))
shows(lstsq(zeros((3, 0), dtype=bool), ones(3, dtype=bool)))
