fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(4).reshape(2, 2)
show(stack([a, a * 2], axis=1))
show(stack([a, -a], axis=2).shape)
show(vstack([a, [9, 9]]))
show(hstack([a, [[8], [9]]]))
