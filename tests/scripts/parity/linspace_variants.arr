fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(linspace(0, 10, 5))
show(linspace(-1, 1, 4, endpoint=false))
show(linspace(2, 3, 1))
