# tuples: indexing, slicing, concatenation, immutability
t = (1, "two", 3.0)
print(t, len(t), t[1], t[-1])
print(t[:2], t[1:])
single = (5,)
print(single, len(single), type(single).__name__)
empty = ()
print(empty, len(empty))
print(t + ("x",), ("ab",) * 2)
print(t.index("two"), (1, 1, 2).count(1))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (2,) > (1, 9))
try {
    t[0] = 9
} except TypeError as e {
    print(type(e).__name__, e)
}
a = 1, 2
print(a, type(a).__name__)
