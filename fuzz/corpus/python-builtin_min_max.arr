# min and max with several arguments, iterables, key, default
print(min(3, 1, 2), max(3, 1, 2))
xs = list(range(-4, 5, 3))
print(xs, min(xs), max(xs))
print(max("apple", "pear", "fig"), min("apple", "pear", "fig", key=len))
print(max([], default=0), min([], default=None))
print(max((1, "b"), (1, "a")))
print(min(abs(v) for v in xs))
print(max(-2.5, -2))
print(max("hello"), min("hello"))
try {
    max([])
} except ValueError as e {
    print(type(e).__name__)
}
