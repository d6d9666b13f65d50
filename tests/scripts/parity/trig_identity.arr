fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
x = linspace(-3, 3, 7)
show(round(sin(x) ** 2 + cos(x) ** 2, 12))
show(tanh(x))
show(arccos(cos(x / 3)))
