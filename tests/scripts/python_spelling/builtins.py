names = ["b", "a", "c"]
for i, n in enumerate(names, start=1):
    print(i, n)
print(list(zip(names, range(3))), list(reversed(names)), sorted(names, reverse=True))
print(list(map(lambda s: s * 2, names)), list(filter(lambda s: s != "a", names)))
print(min(names), max(3, 7, 5), any(n == "a" for n in names), all(names), isinstance(names, list))
