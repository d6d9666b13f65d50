fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(3)
show(stack([a, a + 1]))
show(stack([a, a + 1], axis=1))
show(stack([a, a], axis=-1).shape)
