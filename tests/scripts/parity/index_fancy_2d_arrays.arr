fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(9).reshape(3, 3)
rows = array([[0, 0], [2, 2]])
cols = array([[0, 2], [0, 2]])
show(a[rows, cols])
show(a[[0, 1, 2], [2, 1, 0]])
