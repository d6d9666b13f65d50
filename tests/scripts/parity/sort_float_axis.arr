fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([[3.5, -1.0], [0.0, 2.25]])
show(sort(a, axis=0))
show(sort(a, axis=-1))
show(sort(array([3, 1, 2]))[::-1])
