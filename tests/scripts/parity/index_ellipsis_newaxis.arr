fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(24).reshape(2, 3, 4)
show(a[..., 1])
show(a[0, ...])
show(a[..., 1:3, 0])
show(a[none].shape)
show(a[:, none, 0].shape)
show(a[0, :, none].shape)
