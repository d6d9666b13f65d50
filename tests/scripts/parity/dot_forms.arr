fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(dot([1, 2, 3], [4, 5, 6]))
show(dot(arange(6).reshape(2, 3), [1, 0, 1]))
show(dot([1, 1], arange(4).reshape(2, 2)))
show(dot(2, arange(3)))
show(dot(ones((2, 2, 3)), ones((3, 2))).shape)
