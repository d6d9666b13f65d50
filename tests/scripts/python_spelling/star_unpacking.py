first, *rest = (1, 2, 3, 4)
*init, last = "abc"
a, (b, c) = 1, (2, 3)
head, *mid, tail = range(5)
print(first, rest, init, last, a, b, c, mid)
for k, *vals in (("x", 1, 2), ("y", 3)):
    print(k, vals)
