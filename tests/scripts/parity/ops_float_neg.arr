fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([-3.5, -1.0, 0.0, 2.5])
show(a // 2)
show(a % 2)
show(a // -1.5)
show(a % -1.5)
show(a ** 2)
