# tuples compare lexicographically; used as sort keys
scores = [("ann", 90, 3), ("bob", 90, 1), ("cy", 75, 2)]
print(sorted(scores, key=lambda s: (-s[1], s[2])))
best = max(scores, key=lambda s: (s[1], -s[2]))
print(best)
print(sorted((b, a) for a, b, _ in scores))
print(min(scores)[0], max(scores)[0])
