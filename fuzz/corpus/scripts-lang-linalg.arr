a = array([[2.0, 1.0], [1.0, 3.0]])
print(dot(a, a), matmul(a, [1, 2]), dot([1, 2], [3, 4]))
print(a @ a @ a)
X = vstack([arange(10.0), ones(10)]).T
y = 3 * arange(10.0) + 1 + array([0.1, -0.1, 0.2, 0, 0, 0.1, -0.2, 0, 0.1, -0.1])
sol, res, rank, sv = lstsq(X, y)
print(sol, res, rank, sv)
print(lstsq(X, vstack([y, 2 * y]).T)[0])
print(repr(ones((2, 3, 4)) @ ones((4, 2))))
