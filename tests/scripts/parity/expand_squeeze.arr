fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(3)
show(expand_dims(a, 0))
show(expand_dims(a, -1))
show(squeeze(ones((1, 3, 1))))
show(squeeze(ones((1, 3, 1)), axis=0).shape)
