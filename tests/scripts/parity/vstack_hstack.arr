fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(vstack([arange(3), arange(3) * 2]))
show(hstack([arange(2), arange(3)]))
show(hstack([ones((2, 1)), zeros((2, 2))]))
show(vstack([ones((1, 2)), zeros((2, 2))]))
