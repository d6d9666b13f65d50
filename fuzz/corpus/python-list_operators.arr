# + * == < on lists; += extends in place
a = list(range(3))
b = ["x", "y"]
print(a + b)
print(b * 2)
print(a == list(range(3)), a != b, a < list(range(4)))
c = a
c += ["z"]
print(a, c is a)
d = a + []
print(d == a, d is a)
print(["ab"] * 0, [] + [])
print([None] * 3)
e = b
e = e + ["w"]
print(b, e)
