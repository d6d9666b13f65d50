evens = [x * x for x in range(7) if x % 2 == 0]
pairs = [(i, c) for i in range(2) for c in "ab"]
sizes = {w: len(w) for w in ("a", "bb", "ccc")}
print(evens, pairs)
print(sizes, {n % 3 for n in range(10)})
print(sum(x * x for x in range(4)), max(len(w) for w in sizes))
