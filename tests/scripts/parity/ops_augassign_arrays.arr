fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = arange(4.0)
a += 1
a *= [1, 2, 3, 4]
a -= a.mean()
a /= 2
show(a)
b = arange(3)
b += 2
show(b)
c = ones((2, 2))
c @= [[1, 2], [3, 4]]
show(c)
