# grad of arr functions (loops, branches, helpers), checked against
# torch.autograd in float64 by the twin and against finite differences here.
fn helper(v) = sum(v * v)
fn f(w) {
    s = 0.0
    for i in range(3) {
        if i % 2 == 0 {
            s = s + helper(w) * (i + 1)
        } else {
            s = s - mean(sin(w))
        }
    }
    return s
}
w0 = array([0.5, -1.0, 2.0])
g = grad(f)(w0)
print(g)
h = 1e-6
fd = zeros(3)
for i in range(3) {
    e = zeros(3)
    e[i] = h
    fd[i] = (f(w0 + e) - f(w0 - e)) / (2 * h)
}
print(allclose(g, fd, atol=1e-6))
fn g2(a, b) = sum(a * b ** 2)
print(grad(g2, argnums=(0, 1))(array([1.0, 2.0]), array([3.0, 4.0])))
print(grad(g2, argnums=1)(array([1.0, 2.0]), array([3.0, 4.0])))
v, d = value_and_grad(fn(x) = x ** 3 + 2 * x)(1.5)
print(v, d)
print(grad(grad(fn(x) = sin(x) * x))(0.7))
print(grad(fn(x) = sum(exp(x)))(tensor([1.0, 2.0])))
X = array([[1.0, 2.0], [3.0, 4.0], [5.0, 7.0]])
y = array([1.0, 2.0, 3.0])
fn loss(w) = mean((X @ w - y) ** 2)
print(grad(loss)(array([0.1, 0.2])))
