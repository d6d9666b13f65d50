# __iter__ and __contains__
class Countdown {
    def __init__(self, start) {
        self.start = start
    }
    def __iter__(self) {
        return iter(range(self.start, 0, -1))
    }
    def __contains__(self, v) {
        return 0 < v <= self.start
    }
}

c = Countdown(3)
print(list(c), 2 in c, 5 in c)
for v in c {
    print(v)
}
print(sum(c), sorted(c))
print([v * 2 for v in Countdown(4)])
