fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(unique([3, 1, 3, 2, 1]))
u, c = unique(array([2.5, 1.0, 2.5]), return_counts=true)
show(u)
show(c)
show(unique(array([[1, 2], [2, 1]])))
