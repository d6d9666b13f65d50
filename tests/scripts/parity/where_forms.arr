fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(6)
show(where(a > 2, a, -1))
show(where(a % 2 == 0, 1.5, 0))
show(where([[true, false], [false, true]], 1, [[7, 8], [9, 10]]))
show(where(a > 3))
