print(arange(24).reshape(2, 3, 4))
print(repr(arange(24).reshape(2, 3, 4) / 4))
