fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(5)
show(a < 2)
show(a >= 3)
show(a == array([0, 0, 2, 0, 4]))
show(a != 1)
show((a > 1) & (a < 4))
show((a < 1) | (a > 3))
show(~(a > 2))
