fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(clip(arange(6), 1, 4))
show(clip([1.5, -2.0, 9.0], 0, 5))
show(clip(arange(4), none, 2))
