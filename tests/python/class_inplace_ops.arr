# In-place operator methods (__iadd__, __ior__, ...) and mappings unpacked
# with ** (any object with keys() and __getitem__).


class Bag {
    def __init__(self, items) {
        self.items = list(items)
    }

    def __iadd__(self, other) {
        print("iadd", other)
        self.items.append(other)
        return self
    }

    def __isub__(self, other) {
        self.items.remove(other)
        return self
    }

    def __ior__(self, other) {
        print("ior")
        for x in other.items {
            if x not in self.items {
                self.items.append(x)
            }
        }
        return self
    }

    def __imul__(self, n) {
        self.items = self.items * n
        return self
    }

    def __iand__(self, other) {
        return NotImplemented
    }

    def __and__(self, other) {
        print("and (the fallback)")
        return Bag([x for x in self.items if x in other.items])
    }

    def __repr__(self) {
        return f"Bag({self.items})"
    }
}


a = Bag([1])
b = a
a += 2
a |= Bag([2, 3])
a *= 2
a -= 1
print(a, b, a is b)
a &= Bag([2])
print(a, b, a is b)


class Vec {
    def __init__(self, x, y) {
        self.x, self.y = x, y
    }

    def __add__(self, o) {
        return Vec(self.x + o.x, self.y + o.y)
    }

    def __repr__(self) {
        return f"Vec({self.x}, {self.y})"
    }
}


v = Vec(1, 2)
w = v
v += Vec(10, 10)
print(v, w, v is w)


class Counter2 {
    def __init__(self) {
        self.n = 0
    }

    def __iadd__(self, k) {
        self.n += k
        return self
    }
}


class Holder {
    def __init__(self) {
        self.c = Counter2()
        self.cs = [Counter2(), Counter2()]
    }
}


h = Holder()
h.c += 5
h.c += 2
h.cs[1] += 7
print(h.c.n, h.cs[0].n, h.cs[1].n)
d = {"k": Counter2()}
d["k"] += 3
print(d["k"].n)


class Scale {
    def __imatmul__(self, m) {
        print("imatmul", m)
        return "replaced"
    }
}


s = Scale()
s @= 3
print(s)


class Config {
    def __init__(self, **kw) {
        self._d = dict(kw)
    }

    def keys(self) {
        return list(self._d.keys())
    }

    def __getitem__(self, k) {
        return self._d[k]
    }
}


cfg = Config(lr=0.1, epochs=3)
print({**cfg})
print({**cfg, "lr": 0.5, "extra": True})


def train(lr, epochs, momentum=0.9) {
    return f"lr={lr} epochs={epochs} momentum={momentum}"
}


print(train(**cfg))
print(dict(cfg))
try {
    print({**5})
} except TypeError as e {
    print("TypeError:", e)
}
try {
    train(**"ab")
} except TypeError as e {
    print("TypeError")
}

from collections import Counter, OrderedDict, defaultdict

c = Counter("abca")
print({**c})
dd = defaultdict(int)
dd["x"] += 4
print({**dd, "y": 1})
od = OrderedDict([("p", 1), ("q", 2)])
print({**od})


def show(**kw) {
    return sorted(kw.items())
}


print(show(**od))
