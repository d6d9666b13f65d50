# @property
class Rect {
    def __init__(self, w, h) {
        self.w = w
        self.h = h
    }
    @property
    def area(self) {
        return self.w * self.h
    }
    @property
    def shape(self) {
        return (self.h, self.w)
    }
}

r = Rect(3, 4)
print(r.area, r.shape)
r.w = 10
print(r.area)
try {
    r.area = 5
} except AttributeError as e {
    print(type(e).__name__)
}
print(r.area, r.w, r.h)
rects = [Rect(1, 2), Rect(3, 3), Rect(2, 5)]
print(sorted(r.area for r in rects))
print(max(rects, key=lambda q: q.area).shape)
