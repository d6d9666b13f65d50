fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(12).reshape(3, 4)
show(min(a, axis=1, keepdims=true))
show(max(a, axis=(0, 1)))
show(a.min(axis=0))
