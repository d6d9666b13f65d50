def f(x, *args, y=1, **kw) {
    return (x, args, y, kw)
}
print(f(1, 2, 3, y=4, z=5))
nums = (10, 20)
opts = {"y": 0, "w": 9}
print(f(*nums, **opts), f(*range(3)))
def g(a, b=2, *, c) {
    return a + b + c
}
print(g(1, c=3), g(a=1, b=1, c=1))
