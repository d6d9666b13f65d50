# *args in definitions and calls
def total(*nums) {
    return sum(nums)
}

print(total(), total(1), total(1, 2, 3))

def show(*args) {
    print(len(args), args)
}

show()
show("a", 2)
vals = list(range(3))
show(*vals)
show(*vals, "end", *"xy")

def f(a, b, c) {
    return a * 100 + b * 10 + c
}

print(f(*(1, 2, 3)), f(1, *(2, 3)), f(*"123"[:0], 4, 5, 6))
