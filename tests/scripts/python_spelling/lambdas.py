inc = lambda n: n + 1
add = lambda a, b=10: a + b
words = ("pear", "fig", "banana")
print(inc(41), add(1), add(1, 2))
print(sorted(words, key=lambda w: len(w)), max(words, key=lambda w: w[-1]))
