fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = zeros((2, 3), dtype=int)
a[:] = [1.9, 2.5, -3.7]
show(a)
f = zeros((2, 2), dtype=float32)
f[0] = 1.25
show(f)
a[..., 0] = 8
show(a)
