# tuples compare lexicographically; used as sort keys
scores = [("ann", 90, 3), ("bob", 90, 1), ("cy", 75, 2)]
print(sorted(scores, key=lambda s: (-s[1], s[2])))
best = max(scores, key=lambda s: (s[1], -s[2]))
print(best)
print(sorted((b, a) for a, b, _ in scores))
print(min(scores)[0], max(scores)[0])
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
print(("a", 2) < ("a", 10), ("a", 2) < ("b", 0))
print(max(pairs, key=lambda p: (p[1], p[0])))
