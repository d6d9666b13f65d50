fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
i = arange(3)
f = array([0.5, 1.5, 2.5])
b = array([true, false, true])
show(i + f)
show(i * b)
show(f - b)
show(b / 2)
show(i // f)
