# sum over ranges, generators, tuples, with start values
print(sum(range(10)))
print(sum(0.1 for _ in range(10)))
print(sum((1, 2, 3), 10))
print(sum([]), sum(()))
print(sum(x / 2 for x in range(5)))
print(sum([["a"], ["b"]], []))
print(sum(len(w) for w in "a bb ccc".split()))
nested = [list(range(i)) for i in range(4)]
print(nested, sum(sum(r) for r in nested))
print(sum(v for v in (0.5, 0.25, 0.125)))
