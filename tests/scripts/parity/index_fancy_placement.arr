fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(60).reshape(3, 4, 5)
show(a[:, [0, 2], [1, 3]].shape)
show(a[[0, 1], :, [2, 3]].shape)
show(a[0, :, [1, 2]])
show(a[..., [0, 4]].shape)
