fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(10)
a[[1, 3, 5]] = [-1, -3, -5]
show(a)
m = zeros((3, 3))
m[[0, 1], [1, 2]] = 7
show(m)
m[[0, 2], :] = [1, 2, 3]
show(m)
