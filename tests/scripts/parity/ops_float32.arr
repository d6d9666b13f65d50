fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
f = array([1.5, 2.5], dtype=float32)
show(f + 1)
show(f * 2.5)
show(f / 2)
show(f + array([1, 2]))
show(f > 2)
show(f ** 2)
