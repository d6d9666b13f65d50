fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(6).reshape(2, 3)
show(a + [10, 20, 30])
show(a * [[1], [-1]])
show(a - a.mean(axis=0))
show(arange(3)[:, none] * arange(4))
