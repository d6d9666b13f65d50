fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(norm([3, 4]))
show(norm([1, -2, 3], 1))
show(norm([1, -2, 3], inf))
a = array([[1.0, 2.0], [3.0, 4.0]])
show(norm(a))
show(norm(a, 'fro'))
show(norm(a, 1))
show(norm(a, inf))
show(norm(a, 2))
show(norm(a, 'nuc'))
show(norm(a, axis=1))
show(norm(a, axis=0))
