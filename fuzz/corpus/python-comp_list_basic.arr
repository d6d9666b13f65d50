# list comprehensions: mapping, filtering, conditional expressions
xs = list(range(10))
squares = [x * x for x in xs]
print(squares)
evens = [x for x in xs if x % 2 == 0]
print(evens)
print([x * 10 for x in evens if x > 2])
words = ["apple", "Banana", "cherry", "date"]
print([w.upper() for w in words])
print([len(w) for w in words])
print([w for w in words if "a" in w.lower()])
print([(i, w[0]) for i, w in enumerate(words)])
empty = [x for x in [] if x > 0]
print(empty, len(empty))
print([c for c in "hello" if c != "l"])
print(["even" if x % 2 == 0 else "odd" for x in range(5)])
print([x for x in range(-3, 3) if x])
print([[x] for x in "ab"])
