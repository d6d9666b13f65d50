fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(clip(array([-1.5, 0.5, 9.5]), -1, 1))
show(clip(arange(5), 1.5, 3.5))
show(clip(arange(6).reshape(2, 3), [1, 2, 3], 4))
