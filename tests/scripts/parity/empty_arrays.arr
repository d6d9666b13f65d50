fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
show(zeros((0, 3)).shape)
show(sum(zeros(0)))
show(arange(0).reshape(0, 2).shape)
show(concatenate([zeros(0), ones(2)]))
