g = grad(fn(x) = x * 2)
g(array([1.0, 2.0]))
