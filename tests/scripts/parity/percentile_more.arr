fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([15.0, 20.0, 35.0, 40.0, 50.0])
show(percentile(a, [0, 30, 40, 100]))
show(percentile(arange(12).reshape(3, 4), [25, 75], axis=0))
show(percentile(a, 33.3))
