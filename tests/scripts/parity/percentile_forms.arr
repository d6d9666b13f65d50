fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(1, 11)
show(percentile(a, 50))
show(percentile(a, [10, 25, 90]))
show(percentile(arange(12).reshape(3, 4), 75, axis=1))
show(percentile([1.0, 3.0], 40))
