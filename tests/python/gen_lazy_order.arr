# Generators run lazily: the body's prints interleave with the caller's.
def countdown(n) {
    print("countdown starts at", n)
    while n > 0 {
        print("  about to yield", n)
        yield n
        n -= 1
    }
    print("countdown done")
}


g = countdown(3)
print("made the generator")
print("first:", next(g))
print("second:", next(g))
for rest in g {
    print("loop got", rest)
}
print("exhausted:", next(g, "default"))
try {
    next(g)
} except StopIteration {
    print("StopIteration")
}


def squares() {
    for i in range(5) {
        print("computing", i)
        yield i * i
    }
}


print([s for s in squares() if s % 2 == 0])
lazy = (print("genexp item", x) or x * 10 for x in range(3))
print("genexp made")
print(next(lazy))
print(list(lazy))


def running_mean() {
    total = 0.0
    count = 0
    mean = None
    while True {
        x = yield mean
        if x is None {
            break
        }
        total += x
        count += 1
        mean = total / count
    }
}


m = running_mean()
print(next(m))
for v in (4, 8, 15, 16, 23, 42) {
    print("mean after", v, "=", m.send(v))
}
try {
    m.send(None)
} except StopIteration {
    print("running_mean finished")
}


def guarded() {
    try {
        yield "a"
        yield "b"
    } except ValueError as e {
        print("generator caught:", e)
        yield "recovered"
    } finally {
        print("cleanup runs")
    }
}


gg = guarded()
print(next(gg))
print(gg.throw(ValueError("bad value")))
try {
    next(gg)
} except StopIteration {
    print("done after recovery")
}
h = guarded()
print(next(h))
h.close()
print("closed h")
try {
    next(h)
} except StopIteration {
    print("closed generator is exhausted")
}
