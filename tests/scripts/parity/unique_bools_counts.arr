fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
u, c = unique([true, false, true, true], return_counts=true)
show(u)
show(c)
show(unique(array([1.5, nan, 1.5])))
