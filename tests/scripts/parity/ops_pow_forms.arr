fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(arange(4) ** 2)
show(2.0 ** arange(4))
show(array([4.0, 9.0]) ** 0.5)
show(array([2, 3]) ** array([3, 2]))
show(array([-8.0]) ** (1 / 3))
