fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(maximum([1, 5, 3], [4, 2, 3]))
show(minimum(array([1.0, nan]), 0.5))
show(maximum(arange(6).reshape(2, 3), [[2], [4]]))
show(minimum(arange(4), 2.5))
