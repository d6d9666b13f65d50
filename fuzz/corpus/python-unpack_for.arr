# unpacking in for loops, including nested tuples
pairs = [("a", 1), ("b", 2)]
for name, val in pairs {
    print(name, val)
}
data = [("p", (1, 2)), ("q", (3, 4))]
for label, (x, y) in data {
    print(label, x + y)
}
for i, (name, val) in enumerate(pairs) {
    print(i, name, val)
}
d = {"k1": ("x", 10), "k2": ("y", 20)}
for key, (tag, n) in d.items() {
    print(key, tag, n)
}
for (a, b), c in zip(pairs, "XY") {
    print(a, b, c)
}
for first, *others in (("a", "b", "c"), ("d",)) {
    print(first, others)
}
