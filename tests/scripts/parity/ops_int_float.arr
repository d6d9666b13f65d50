fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(5)
show(a / 2)
show(a // 2)
show(a % 3)
show(a ** 2)
show(-a)
show(a * 1.5)
show(2 ** a)
