# the nonlocal statement
def make_counter() {
    count = 0
    def inc(step=1) {
        nonlocal count
        count += step
        return count
    }
    return inc
}

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(5), c2())

def outer() {
    x = "outer"
    def inner() {
        nonlocal x
        x = "changed"
    }
    inner()
    return x
}

print(outer())

def accumulator() {
    items = []
    def add(v) {
        items.append(v)
        return len(items)
    }
    return add, items
}

add, items = accumulator()
add("a")
add("b")
print(items)

def running_mean() {
    total = 0.0
    count = 0
    def update(x) {
        nonlocal total, count
        total += x
        count += 1
        return total / count
    }
    return update
}

m = running_mean()
print([m(v) for v in (2, 4, 9)])

def outer_counter() {
    n = 0
    def level1() {
        def level2() {
            nonlocal n
            n += 10
        }
        level2()
        return n
    }
    return level1
}

f = outer_counter()
print(f(), f())
