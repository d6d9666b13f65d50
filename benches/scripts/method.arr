class Counter {
    def __init__(self) {
        self.total = 0
    }

    def add(self, k) {
        self.total += k
        return self.total
    }
}

c = Counter()
for i in range(1000000) {
    c.add(i)
}
print(c.total)
