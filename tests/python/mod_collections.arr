# collections imported as Python programs do.
import collections
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple

text = "the quick brown fox jumps over the lazy dog the end"
counts = Counter(text.split())
print(counts.most_common(3))
print(counts["the"], counts["cat"])

letters = collections.Counter(c for c in "mississippi")
print(sorted(letters.items()))

groups = defaultdict(list)
for word in text.split() {
    groups[len(word)].append(word)
}
for n in sorted(groups) {
    print(n, groups[n])
}

tally = defaultdict(int)
for ch in "banana" {
    tally[ch] += 1
}
print(dict(tally))

od = OrderedDict()
od["z"] = 1
od["a"] = 2
od.move_to_end("z")
print(list(od.keys()))

window = deque(maxlen=3)
for i in range(6) {
    window.append(i)
    print(list(window), sum(window) / len(window))
}
window.appendleft(-1)
print(window, window.popleft(), window.pop())

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
q = p._replace(y=10)
print(p, q, p.x * p.y, q._asdict())
x, y = p
print(x + y, Point._fields)
