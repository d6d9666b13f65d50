fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(24.0).reshape(2, 3, 4)
show(std(a, axis=(0, 2)))
show(var(a, axis=-1, keepdims=true))
show(std(a, ddof=2))
