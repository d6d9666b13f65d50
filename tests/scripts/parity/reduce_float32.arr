fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
f = arange(6, dtype=float32).reshape(2, 3)
show(sum(f, axis=0))
show(mean(f, axis=1))
show(max(f, axis=0))
show(f.sum(axis=1).dtype)
