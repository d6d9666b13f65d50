fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(7 // 2)
show(-7 // 2)
show(7 % -3)
show(-7.5 % 2)
show(2 ** -2)
show(10 / 4)
show(3 * 2.5)
show(true + 1)
