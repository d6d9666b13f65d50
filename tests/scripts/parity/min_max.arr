fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([[3, 1, 4], [1, 5, 9]])
show(min(a))
show(max(a))
show(min(a, axis=0))
show(max(a, axis=1, keepdims=true))
show(a.max(axis=-1))
