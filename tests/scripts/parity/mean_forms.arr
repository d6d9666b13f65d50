fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(12).reshape(3, 4)
show(mean(a))
show(mean(a, axis=0))
show(mean(a, axis=1, keepdims=true))
show(a.mean(axis=(0, 1)))
