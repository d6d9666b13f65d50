fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
f = ones((2, 2), dtype=float32)
show(f @ f)
show(f @ arange(2))
show(array([[true, false], [false, true]]) @ array([[true], [true]]))
