# swapping and parallel assignment
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "abc"
x, y, z = z, x, y
print(x, y, z)
xs = list(range(5))
xs[0], xs[4] = xs[4], xs[0]
print(xs)
i, j = 1, 3
xs[i], xs[j] = xs[j], xs[i]
print(xs)

def fib(n) {
    a, b = 0, 1
    for _ in range(n) {
        a, b = b, a + b
    }
    return a
}

print([fib(n) for n in range(10)])
