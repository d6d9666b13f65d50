fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([[3, 1, 4], [1, 5, 9]])
show(argmin(a))
show(argmax(a))
show(argmin(a, axis=0))
show(argmax(a, axis=1))
show(argmax(array([1.0, nan, 3.0])))
