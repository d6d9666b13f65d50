fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
fn shows(t) {
    for x in t { show(x) }
}
# solve with empty systems, empty right-hand sides, stacks of none, and
# broadcasting of the stacks of a and b.
show(solve(zeros((0, 0)), zeros(0)))
show(solve(zeros((0, 0)), zeros((0, 2))))
show(solve(zeros((0, 0)), zeros((3, 0, 0))))
show(solve(eye(2), zeros((2, 0))))
show(solve(zeros((0, 2, 2)), ones(2)))
show(solve(zeros((0, 2, 2)), ones((2, 1))))
show(solve(zeros((0, 2, 2)), ones((0, 2, 1))))
show(solve(eye(2), zeros((0, 2, 1))))
a = stack([eye(2), 2 * eye(2)])
show(solve(a, ones(2)))
show(solve(a, ones((2, 2))))
show(solve(eye(2), ones((3, 1, 2, 1))))
show(solve(a, ones((3, 1, 2, 1))))
show(solve([[2.0]], [4.0]))
show(solve([[2]], [4]))
show(solve([[true]], [true]))
show(solve([[2, 0], [0, 4]], [[1, 2], [3, 4]]))
show(solve(eye(2, dtype=float32), ones(2, dtype=float32)))
show(solve(eye(2, dtype=float32), ones(2)))
show(solve(eye(2), ones(2, dtype=float32)))
show(solve(zeros((0, 0), dtype=float32), zeros(0, dtype=float32)))
show(solve(zeros((0, 0), dtype=int), zeros(0, dtype=int)))
