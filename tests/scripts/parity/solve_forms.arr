fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([[3.0, 1.0], [1.0, 2.0]])
show(solve(a, [9, 8]))
show(solve(a, array([[9.0, 1.0], [8.0, 2.0]])))
show(allclose(a @ solve(a, [1, 1]), [1, 1]))
