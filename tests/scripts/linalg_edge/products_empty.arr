fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
fn shows(t) {
    for x in t { show(x) }
}
# Products and traces with zero-length axes.
show(matmul(zeros((0, 3)), zeros((3, 2))))
show(matmul(ones((2, 0)), ones((0, 3))))
show(matmul(ones((2, 0), dtype=int), ones((0, 3), dtype=int)))
show(matmul(ones((2, 0), dtype=bool), ones((0, 3), dtype=bool)))
show(matmul(ones((40, 0)), ones((0, 40))).sum())
show(matmul(zeros(0), zeros(0)))
show(matmul(zeros(0, dtype=int), zeros(0, dtype=int)))
show(matmul(zeros((0, 2, 3)), zeros((3, 1))))
show(matmul(ones((2, 0)), ones(0)))
show(matmul(ones(0), ones((0, 3))))
show(ones((2, 0)) @ ones((0, 2)))
show(dot(zeros(0), zeros(0)))
show(dot(ones((2, 0)), ones((0, 3))))
show(dot(ones((2, 0, 3)), ones((4, 3, 0))))
show(dot(ones((2, 3)), ones((0, 3, 2))))
show(dot(2, zeros((0, 3))))
show(inner(zeros(0), zeros(0)))
show(inner(ones((2, 0)), ones((3, 0))))
show(inner(ones((0, 3)), ones(3)))
show(outer(zeros(0), [1, 2]))
show(outer(zeros(0, dtype=int), [1, 2]))
show(outer(2, [1, 2]))
show(trace(zeros((0, 0))))
show(trace(zeros((0, 3))))
show(trace(zeros((0, 3), dtype=int)))
show(trace(zeros((0, 0), dtype=float32)))
show(trace(ones((2, 2), dtype=bool)))
show(trace(array([[-0.0]])))
