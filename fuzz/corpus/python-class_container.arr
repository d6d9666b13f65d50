# __len__ __getitem__ __setitem__
class Bag {
    def __init__(self) {
        self.items = []
    }
    def __len__(self) {
        return len(self.items)
    }
    def __getitem__(self, i) {
        return self.items[i]
    }
    def __setitem__(self, i, v) {
        self.items[i] = v
    }
    def add(self, v) {
        self.items.append(v)
        return self
    }
}

b = Bag()
b.add("x").add("y").add("z")
print(len(b), b[0], b[-1])
b[1] = "Y"
print(b.items)
print(bool(Bag()), bool(b))
try {
    b[10]
} except IndexError as e {
    print(type(e).__name__, e)
}

class Grid {
    def __init__(self, w, h) {
        self.cells = {}
        self.w, self.h = w, h
    }
    def __getitem__(self, pos) {
        return self.cells.get(pos, ".")
    }
    def __setitem__(self, pos, v) {
        self.cells[pos] = v
    }
}

g = Grid(3, 2)
g[1, 0] = "#"
g[(2, 1)] = "@"
for r in range(g.h) {
    print("".join(g[c, r] for c in range(g.w)))
}
