fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0], [1.0, 4.0]])
b = array([6.0, 5.0, 7.0, 10.0])
x, res, rank, sv = lstsq(a, b)
show(x)
show(res)
show(rank)
show(sv)
show(lstsq(a[:2], b[:2])[1])
