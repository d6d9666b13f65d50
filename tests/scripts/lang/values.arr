a = [1, 2, 3]
b = a
b[0] = 99
print(a, b)
# An array is a value; a list is shared, as in Python (list() copies it).
l = [ones(2), "x"]
m = list(l)
m[1] = "y"
print(l[1], m[1])
d = {"loss": 0.5}
d["acc"] = 0.9
print(d, d["loss"], len(d), d.keys())
s = "abc"
print(s[1], s[-1], len(s), s + "d", s * 2)
t = (1, 2, 3)
print(t[1:], t[::-1], len(t))
m = [[1, 2], [3, 4]]
m[1][0] = 7
print(m)
lst = ["a", ones(2)]
lst.append(3)
print(len(lst))
