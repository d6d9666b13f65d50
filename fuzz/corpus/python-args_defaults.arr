# default arguments, keyword arguments, the mutable default
def greet(name, greeting="Hello", punct="!") {
    return f"{greeting}, {name}{punct}"
}

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Dee"))

def append_to(item, target=None) {
    if target is None {
        target = []
    }
    target.append(item)
    return target
}

print(append_to(1), append_to(2))

def mutable_default(item, acc=[]) {
    acc.append(item)
    return acc
}

print(mutable_default("a"), mutable_default("b"))
print(mutable_default("c"))
