# nested tuples and their unpacking
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
(a, b), (c, (d, e)) = nested
print(a, b, c, d, e)
print(nested[1])
flat = tuple(x for pair in ((1, 2), (3, 4)) for x in pair)
print(flat)
points = (("a", (0, 0)), ("b", (3, 4)))
for name, (x, y) in points {
    print(name, x, y, (x * x + y * y) ** 0.5)
}
print(points[1][1][1], len(points[0]))
