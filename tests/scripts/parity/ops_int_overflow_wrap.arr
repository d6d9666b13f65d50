fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([9223372036854775807])
show(a + 1)
show(a * 2)
