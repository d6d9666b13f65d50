fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(median([3, 1, 2]))
show(median([4, 1, 3, 2]))
show(median(arange(12).reshape(3, 4), axis=0))
show(median(arange(12).reshape(3, 4), axis=1))
