fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(astype(array([1.7, -0.2, 3.5]), int))
show(astype(arange(3), float32))
show(astype(array([0, 3, 0]), bool))
show(astype(array([true, false]), float))
