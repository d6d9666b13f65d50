# dict comprehensions
words = ["red", "green", "blue", "red", "blue", "red"]
lengths = {w: len(w) for w in words}
print(lengths)
counts = {w: words.count(w) for w in sorted(set(words))}
print(counts)
squares = {n: n * n for n in range(1, 6)}
print(squares)
inverted = {v: k for k, v in squares.items()}
print(inverted)
big = {k: v for k, v in squares.items() if v > 5}
print(big)
print({i: ("even" if i % 2 == 0 else "odd") for i in range(4)})
nested = {r: {c: r * c for c in range(1, 3)} for r in range(1, 3)}
print(nested)
print({c: i for i, c in enumerate("abc")})
print({})
print(len({k: 1 for k in []}))
print({k: v for k, v in zip("xyz", range(10, 13))})
