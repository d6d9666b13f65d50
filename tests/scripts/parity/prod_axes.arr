fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(1, 13).reshape(3, 4)
show(prod(a, axis=0))
show(prod(a, axis=-1, keepdims=true))
show(prod(array([true, true])))
