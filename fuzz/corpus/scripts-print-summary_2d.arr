a = arange(10000).reshape(100, 100)
print(a)
print(repr(a / 7))
