# the del statement
d = {"a": 1, "b": 2}
del d["a"]
print(d)
xs = list(range(5))
del xs[0]
del xs[-1]
print(xs)
x = 5
del x
try {
    print(x)
} except NameError as e {
    print(type(e).__name__)
}
grid = [list(range(3)), list(range(3))]
del grid[0][1]
print(grid)
class Box {
    def __init__(self) {
        self.a = 1
        self.b = 2
    }
}
bx = Box()
del bx.a
try {
    print(bx.a)
} except AttributeError as e {
    print(type(e).__name__, bx.b)
}
ys = list(range(6))
del ys[1:3]
print(ys)
