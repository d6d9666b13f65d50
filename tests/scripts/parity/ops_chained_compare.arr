fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(1 < 2 < 3)
show(3 > 2 > 2)
show(1 == 1.0 != 2)
