xs = []
xs.append(3)
xs.extend((1, 2))
xs.insert(0, 9)
print(xs)
last = xs.pop()
first = xs.pop(0)
print(last, first, xs)
xs += ["z"]
print(xs * 2, xs.index(1), len(xs), list("ab") + list(range(2)))
