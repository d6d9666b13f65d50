print(arange(40))
print(repr(arange(40)))
print(repr(arange(100).reshape(4, 25)))
