# grad of assorted arr functions agrees with central finite differences.
fn fd(f, x) {
    h = 1e-6
    g = zeros(len(x))
    for i in range(len(x)) {
        e = zeros(len(x))
        e[i] = h
        g[i] = (f(x + e) - f(x - e)) / (2 * h)
    }
    return g
}
fn check(name, f, x) {
    print(name, allclose(grad(f)(x), fd(f, x), rtol=1e-5, atol=1e-6))
}
X = array([[1.0, 2.0, 0.5], [0.0, -1.0, 3.0], [2.0, 1.0, 1.0], [1.5, 0.5, -2.0]])
y = array([1.0, 0.0, 2.0, 1.0])
check("least squares", fn(w) = mean((X @ w - y) ** 2), array([0.1, -0.2, 0.3]))
check("softmax (stdlib)", fn(w) = sum(softmax(X @ w) * y), array([0.3, 0.1, -0.4]))
check("indexing", fn(w) = w[0] * w[2] - w[1] ** 3, array([1.5, -0.5, 2.0]))
check("where", fn(w) = sum(where(w > 0, w ** 2, -w)), array([1.0, -2.0, 0.5]))
check("reductions", fn(w) = max(w) + std(w) + prod(w), array([1.0, 2.0, 3.5]))
fn poly(w, n) {
    if n == 0 { return sum(w) }
    return poly(w * w, n - 1) + sum(w)
}
check("recursion", fn(w) = poly(w, 3), array([0.5, -1.2, 0.9]))
fn loop_sum(w) {
    acc = 0.0
    i = 0
    while i < 4 {
        if i % 2 == 0 { acc = acc + sum(sin(w * i)) } else { acc = acc - sum(w) / (i + 1) }
        i += 1
    }
    return acc
}
check("while and if", loop_sum, array([0.2, 0.4, -0.6]))
check("tanh mlp", fn(w) = sum(tanh(X @ reshape(w, (3, 1))) ** 2), array([0.5, -0.3, 0.8]))
check("abs and clip", fn(w) = sum(abs(w)) + sum(clip(w, -1.0, 1.0)), array([0.3, -2.0, 0.7]))
d2 = grad(grad(fn(x) = exp(x) * x ** 2))(0.5)
print("second derivative", abs(d2 - exp(0.5) * (0.25 + 2.0 + 2.0)) < 1e-9)
