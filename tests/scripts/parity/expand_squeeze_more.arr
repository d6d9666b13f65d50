fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(6).reshape(2, 3)
show(expand_dims(a, 1).shape)
show(expand_dims(a, -1).shape)
show(squeeze(a[:, 0:1]))
show(squeeze(array([[5]])).shape)
