fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(12).reshape(3, 2, 2)
show(a @ a)
show(a @ [1, -1])
