# yield from: recursive traversal, delegation and return values.
class Node {
    def __init__(self, value, children=()) {
        self.value = value
        self.children = list(children)
    }

    def __iter__(self) {
        yield self.value
        for child in self.children {
            yield from child
        }
    }
}


tree = Node(1, [Node(2, [Node(4), Node(5)]), Node(3, [Node(6, [Node(7)])])])
print(list(tree))
print(sum(tree))
for v in tree {
    if v == 5 {
        print("found 5")
        break
    }
}


def flatten(items) {
    for x in items {
        if isinstance(x, (list, tuple)) {
            yield from flatten(x)
        } else {
            yield x
        }
    }
}


print(list(flatten([1, (2, 3), [4, [5, (6, 7)]], 8])))


def inner() {
    received = yield "inner ready"
    print("inner got", received)
    yield "inner second"
    return "inner result"
}


def outer() {
    result = yield from inner()
    print("outer saw", result)
    yield "outer last"
}


o = outer()
print(next(o))
print(o.send("hello"))
print(next(o))
print(list(outer()))


def chunks(seq, size) {
    for i in range(0, len(seq), size) {
        yield seq[i:i + size]
    }
}


def numbered(gen) {
    n = 0
    for item in gen {
        n += 1
        yield n, item
    }
}


for n, chunk in numbered(chunks("abcdefghij", 3)) {
    print(n, chunk)
}


def permutations(items) {
    if len(items) <= 1 {
        yield items
        return
    }
    for i in range(len(items)) {
        for rest in permutations(items[:i] + items[i + 1:]) {
            yield items[i:i + 1] + rest
        }
    }
}


print(list(permutations("abc")))
gen = permutations("abcd")
print(next(gen), next(gen))
print(sum(1 for _ in permutations("abcde")))
