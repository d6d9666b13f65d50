# __str__ vs __repr__ in print, f-strings and containers
class Money {
    def __init__(self, cents) {
        self.cents = cents
    }
    def __str__(self) {
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    }
    def __repr__(self) {
        return f"Money({self.cents})"
    }
    def __add__(self, other) {
        return Money(self.cents + other.cents)
    }
}

m = Money(1234)
print(m, str(m), repr(m))
print(f"total: {m + Money(66)}")
print([m, Money(5)])
print({"price": m})
print((m,))
print("{} {!r}".format(m, m))
