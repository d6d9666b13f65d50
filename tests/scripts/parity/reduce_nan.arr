fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([1.0, nan, 3.0])
show(sum(a))
show(mean(a))
show(max(a))
show(argmin(a))
show(median(a))
show(cumsum(a))
