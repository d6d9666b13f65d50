fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = stack([eye(2) * 2, array([[1.0, 1.0], [0.0, 1.0]])])
show(solve(a, array([[2.0, 4.0], [3.0, 1.0]])))
