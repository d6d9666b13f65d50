fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(matmul([1, 2, 3], [4, 5, 6]))
show(matmul(arange(3), ones((3, 2))))
show(matmul(ones((2, 3)), arange(3)))
show((arange(4).reshape(2, 2) @ arange(4).reshape(2, 2)).dtype)
