# iterator protocol with __iter__ and __next__
class Range2 {
    def __init__(self, start, stop, step=1) {
        self.current = start
        self.stop = stop
        self.step = step
    }

    def __iter__(self) {
        return self
    }

    def __next__(self) {
        if self.current >= self.stop {
            raise StopIteration
        }
        value = self.current
        self.current += self.step
        return value
    }
}


class Cycle {
    def __init__(self, items, times) {
        self.items = items
        self.times = times
    }

    def __iter__(self) {
        for _ in range(self.times) {
            for item in self.items {
                yield item
            }
        }
    }
}


r = Range2(0, 10, 3)
print(list(r))
print(list(r))
print(sum(Range2(1, 5)), [x * x for x in Range2(2, 6)])
it = Range2(5, 8)
print(next(it), next(it), next(it), next(it, "done"))
print(list(Cycle("ab", 3)))
c = Cycle(("x", "y"), 2)
print(list(c), list(c))
pairs = list(zip(Range2(0, 3), "abc", Cycle("XY", 2)))
print(pairs)
for i, v in enumerate(Range2(10, 13), start=100) {
    print(i, v)
}
print(dict(zip("abc", Range2(1, 4))))
print(max(Range2(0, 20, 7)), min(Range2(3, 9, 2)), sorted(Range2(0, 5), reverse=True))
print(tuple(map(str, Range2(0, 3))), "-".join(str(x) for x in Range2(1, 4)))
total = 0
for x in Range2(0, 100, 10) {
    if x > 50 {
        break
    }
    total += x
} else {
    total = -1
}
print(total)
