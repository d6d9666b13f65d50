print(arange(2000))
print(arange(2000) * 1.5)
print(repr(arange(2000)))
