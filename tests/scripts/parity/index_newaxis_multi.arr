fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(3)
show(a[:, none, none].shape)
show(a[none, :, none])
show(a[..., none].shape)
