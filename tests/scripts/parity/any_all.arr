fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([[0, 1], [0, 0]])
show(any(a))
show(all(a))
show(any(a, axis=1))
show(all(a >= 0, axis=0))
show(all([]))
