fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = zeros((2, 3))
a[..., 1] = [4, 5]
a[0, ...] += 1
show(a)
b = arange(6.0).reshape(2, 3)
b[:, :] = b[::-1]
show(b)
