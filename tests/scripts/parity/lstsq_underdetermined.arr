fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
A = array([[1.0, 2.0, 3.0]])
sol, res, rank, sv = lstsq(A, [6.0])
show(sol)
show(res)
show(rank)
