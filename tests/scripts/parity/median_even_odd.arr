fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(median(array([[1.0, 5.0, 3.0], [2.0, 4.0, 6.0]]), axis=1))
show(median(arange(10), axis=0))
show(median(array([7.5])))
show(median(arange(12).reshape(2, 2, 3), axis=(0, 2)))
