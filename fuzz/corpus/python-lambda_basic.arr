# lambda expressions
add = lambda a, b: a + b
print(add(2, 3), add("x", "y"))
sq = lambda x: x ** 2
print(sq(7), sq(1.5))
const = lambda: 42
print(const())
default = lambda x, y=10: x * y
print(default(3), default(3, 4), default(y=2, x=5))
print((lambda x: x - 1)(10))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(4))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b, "sub": lambda a, b: a - b}
for name in sorted(ops) {
    print(name, ops[name](6, 3))
}
star = lambda *args: len(args)
print(star(), star(1, 2, 3))
