# augmented assignment on container items and attributes
xs = ["a"]
xs += ["b"]
xs *= 2
print(xs)
d = {"n": 1}
d["n"] += 10
d["n"] **= 2
print(d)
counts = {"x": 7}
counts["x"] //= 2
counts["x"] %= 2
print(counts)
grid = [list(range(3)) for _ in range(2)]
grid[1][2] *= 10
grid[0][0] -= 1
print(grid)
t = (1,)
t += (2,)
print(t)

class Box {
    def __init__(self) {
        self.v = 1
    }
}

box = Box()
box.v += 4
box.v <<= 1
print(box.v)
