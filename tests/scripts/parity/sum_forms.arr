fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(24).reshape(2, 3, 4)
show(sum(a))
show(sum(a, axis=0))
show(sum(a, axis=(0, 2)))
show(sum(a, axis=-1, keepdims=true))
show(sum(array([true, true, false])))
show(a.sum(axis=1))
