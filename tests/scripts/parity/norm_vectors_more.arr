fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
v = array([1.0, -2.0, 2.0])
show(norm(v, 0))
show(norm(v, -inf))
show(norm(v, 3))
show(norm(arange(6).reshape(2, 3), axis=1, keepdims=true))
show(norm(ones((2, 2, 2))))
