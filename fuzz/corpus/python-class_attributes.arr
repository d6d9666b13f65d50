# class attributes vs instance attributes
class Counter {
    instances = 0
    step = 1
    def __init__(self) {
        Counter.instances += 1
        self.value = 0
    }
    def tick(self) {
        self.value += self.step
        return self.value
    }
}

a = Counter()
b = Counter()
print(Counter.instances, a.instances)
a.tick()
a.tick()
b.step = 10
b.tick()
print(a.value, b.value, a.step, b.step, Counter.step)
Counter.step = 5
a.tick()
print(a.value, b.step)
c = Counter()
print(Counter.instances, c.step, c.value)
print(c.tick(), c.tick())
print(a.instances == b.instances == c.instances)
