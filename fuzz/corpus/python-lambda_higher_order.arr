# functions taking and returning functions
def apply_all(funcs, value) {
    return [f(value) for f in funcs]
}

print(apply_all([abs, str, lambda v: v * 3], -4))

def reduce_(f, items, init) {
    acc = init
    for it in items {
        acc = f(acc, it)
    }
    return acc
}

print(reduce_(lambda a, b: a + b, range(5), 0))
print(reduce_(lambda a, b: a * b, range(1, 6), 1))
print(reduce_(lambda a, b: b + a, "abc", ""))
pipeline = [lambda x: x + 1, lambda x: x * 10, lambda x: x - 3]
v = 2
for step in pipeline {
    v = step(v)
}
print(v)
key_fn = (lambda x: -x) if True else (lambda x: x)
print(sorted(range(5), key=key_fn))
print(max(range(10), key=lambda x: (x % 4, -x)))
