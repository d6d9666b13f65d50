# lambdas closing over variables
def make_adder(n) {
    return lambda x: x + n
}

add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(100) for f in adders])
late = [lambda x: x + i for i in range(3)]
print([f(100) for f in late])
counter = {"n": 0}
bump = lambda: counter.update({"n": counter["n"] + 1})
bump()
bump()
print(counter)
apply_twice = lambda f, x: f(f(x))
print(apply_twice(add5, 0), apply_twice(lambda s: s + "!", "hi"))
scale = 3
times = lambda v: v * scale
scale = 4
print(times(2))
