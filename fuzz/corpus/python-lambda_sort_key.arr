# lambdas as sort/min/max keys
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[0], reverse=True))
print(max(people, key=lambda p: p[1]))
print(min(people, key=lambda p: len(p[0])))
words = ["banana", "Apple", "cherry", "apple", "fig", "Date"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(range(-3, 4), key=lambda v: v * v))
