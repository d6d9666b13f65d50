fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
x = arange(6.0)
A = vstack([x, ones(6)]).T
y = 2 * x - 1 + array([0.1, -0.1, 0.05, 0.0, -0.05, 0.02])
sol, res, rank, sv = lstsq(A, y)
show(sol)
show(res)
show(sv)
