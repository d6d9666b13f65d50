fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(4).reshape(2, 2)
show(concatenate([a, a]))
show(concatenate([a, a * 10], axis=1))
show(concatenate([[1], [2, 3]]))
show(concatenate([a, [[9, 9]]], axis=0))
