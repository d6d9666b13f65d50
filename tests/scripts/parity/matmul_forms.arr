fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(6).reshape(2, 3)
show(matmul(a, a.T))
show(a @ [1, 2, 3])
show(matmul(ones((3, 2, 2)), eye(2)).shape)
show(array([[1.5, 2.0]]) @ array([[2.0], [4.0]]))
