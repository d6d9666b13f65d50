# forwarding *args and **kwargs
def inner(a, b=0, *rest, **opts) {
    return (a, b, rest, sorted(opts.items()))
}

def outer(*args, **kwargs) {
    return inner(*args, **kwargs)
}

print(outer(1))
print(outer(1, 2, 3, 4, k="v"))

def add(a, b) {
    return a + b
}

def logged(func, *args, **kwargs) {
    print("calling", func.__name__, args, kwargs)
    return func(*args, **kwargs)
}

print(logged(add, 3, 9))
print(logged(add, "x", b="y"))
