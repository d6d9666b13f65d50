fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
b = arange(6).reshape(2, 3) > 2
show(sum(b, axis=0))
show(mean(b))
show(any(b, axis=0))
show(all(b, axis=1))
show(max(b))
