# nested tuples and their unpacking
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
(a, b), (c, (d, e)) = nested
print(a, b, c, d, e)
print(nested[1])
flat = tuple(x for pair in ((1, 2), (3, 4)) for x in pair)
print(flat)
