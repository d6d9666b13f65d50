fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(6).reshape(2, 3)
show(where(a > 2, a, a * 10))
show(where([true, false, true], a, 0))
show(where(a == 4, 1.5, a))
show(where(array([true, false])))
