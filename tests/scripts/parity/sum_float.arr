fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(10) / 3
show(sum(a))
show(sum(a.reshape(2, 5), axis=1))
show(sum(array([1.5, 2.5], dtype=float32)))
