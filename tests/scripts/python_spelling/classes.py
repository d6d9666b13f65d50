class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __mul__(self, k):
        return Vec(k * self.x, k * self.y)
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __call__(self, t):
        return self.x + t * self.y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
v = Vec(1, 2) + Vec(3, 4)
print(v, v * 10, len(v), v[1], v(0.5), v == Vec(4, 6), [v])
