print(arange(30) / 7)
print(repr(linspace(0, 1, 20)))
