def make_adder(n):
    def add(x): return x + n
    return add
add5 = make_adder(5)
print(add5(10))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
c()
c()
print(c())
sq = lambda x: x * x
print(sq(7))
def apply(f, x): return f(x)
print(apply(lambda v: v - 1, 10))
def outer():
    a = 1
    def mid():
        def inner(): return a + 1
        return inner()
    return mid()
print(outer())
