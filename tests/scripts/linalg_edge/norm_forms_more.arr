fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
fn shows(t) {
    for x in t { show(x) }
}
# Matrix norms keep dimensions, follow the order of the axes given, stack
# over the other axes, and keep float32.
a = array([[3.0, 0.0], [0.0, 4.0]])
show(norm(a, 2, keepdims=true))
show(norm(a, "fro", keepdims=true))
show(norm(a, "f"))
show(norm(a, keepdims=true))
b = arange(6.0).reshape((2, 3))
show(norm(b, 1, axis=(0, 1)))
show(norm(b, 1, axis=(1, 0)))
show(norm(b, inf, axis=(1, 0)))
show(norm(b, -1, axis=(1, 0)))
show(norm(b, 2, axis=(1, 0)))
c = stack([a, 2 * a, -a])
show(norm(c, axis=(1, 2)))
show(norm(c, 1, axis=(-2, -1)))
show(norm(c, inf, axis=(2, 1), keepdims=true))
show(norm(c, "nuc", axis=(0, 2)))
show(norm(c, axis=1))
f = array([[1.0, 2.0], [3.0, 4.0]], dtype=float32)
show(norm(f))
show(norm(f).dtype)
show(norm(f, 1))
show(norm(f, axis=0))
show(norm(array([1.0, 1.0], dtype=float32)))
show(norm(array([true, false, true])))
show(norm([[1, 2], [3, 4]], 2))
show(norm([3, 4]))
show(norm([3.0, 4.0], -2))
show(norm(-3.0))
show(norm([nan, 1.0], inf))
show(norm([[nan, 1.0], [1.0, 1.0]], "fro"))
show(norm([[inf, 1.0], [1.0, 1.0]], 1))
show(norm([inf, 1.0]))
