fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([[1.0, 2.0, 4.0], [3.0, 5.0, 9.0]])
show(std(a))
show(var(a))
show(std(a, axis=0))
show(var(a, axis=1, ddof=1))
show(std(arange(10), ddof=1))
