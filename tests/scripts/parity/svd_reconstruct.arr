fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(12.0).reshape(4, 3)
u, s, vh = svd(a, full_matrices=false)
show(s)
show(allclose(u @ (s[:, none] * vh), a))
show(svd(a)[0].shape)
