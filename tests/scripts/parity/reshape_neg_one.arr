fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(24)
show(a.reshape(-1, 6).shape)
show(a.reshape(2, -1, 3).shape)
show(reshape(a, -1).shape)
show(a.reshape(4, 6)[1:3].reshape(-1))
