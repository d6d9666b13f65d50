fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(6)
a[1:4] += 10
a[a > 12] *= 2
a[0] -= 5
show(a)
m = ones((2, 2))
m[:, 1] /= 4
show(m)
