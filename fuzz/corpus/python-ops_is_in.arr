# identity and membership
a = ["x"]
b = a
c = ["x"]
print(a is b, a is c, a == c, a is not c)
n = None
print(n is None, n is not None, n == None)
print(3 in range(5), 5 in range(5), "b" in "abc", "b" not in ["a", "c"])
print("k" in {"k": 1}, 1 in {"k": 1}.values())
print(True is True, None is None)
x = []
y = x
y.append(1)
print(x, x is y)
