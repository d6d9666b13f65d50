fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(24).reshape(2, 3, 4)
show(sum(a, axis=-2))
show(sum(a, axis=(-1, 0)))
show(mean(a, axis=(1, 2), keepdims=true))
