fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([[1.0, nan], [3.0, 0.5]])
show(maximum(a, 1.0))
show(minimum(a, [0.0, 2.0]))
show(maximum(arange(3), arange(3)[::-1]))
