# sorted with key/reverse, reversed
xs = list((5, 2, 9, 1, 5, 6))
print(sorted(xs))
print(sorted(xs, reverse=True))
print(xs)
print(sorted(xs, key=lambda v: (v % 3, v)))
print(list(reversed(xs)))
print(sorted("hello"))
print(sorted({"b": 1, "a": 2}))
print(sorted([]))
print("".join(reversed("abc")))
for v in reversed(range(3)) {
    print(v)
}
print(sorted(["b", "A", "c"], key=lambda s: s.lower()))
print(sorted((3, 1, 2), reverse=True), sorted({3, 1, 2}))
