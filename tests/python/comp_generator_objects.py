# Generator functions and expressions as objects: next(), sum/min/max/any/all
# over them, and the common idioms that consume them.
def countdown(n):
    while n > 0:
        yield n
        n -= 1

def squares(limit):
    for i in range(limit):
        yield i * i

print(sum(countdown(4)), max(squares(5)), min(countdown(3)), any(squares(1)), all(countdown(3)))
gen = countdown(3)
print(next(gen), next(gen), list(gen), next(gen, "empty"))
evens = (x for x in range(10) if x % 2 == 0)
print(next(evens), next(evens), sum(evens))
words = ["apple", "kiwi", "banana", "fig"]
print(next((w for w in words if len(w) == 4), None), next((w for w in words if w.startswith("z")), "none"))
print(max(len(w) for w in words), min((len(w), w) for w in words), ", ".join(w.upper() for w in words))
print(sorted(len(w) for w in words), tuple(w[0] for w in words), sum(1 for w in words if "a" in w))
total = 0
for value in squares(4):
    total += value
print(total, list(zip(countdown(3), "abc")), dict(enumerate(squares(3))))
def first_repeated(text):
    seen = set()
    return next((c for c in text if c in seen or seen.add(c)), None)
print(first_repeated("abcdbe"), first_repeated("xyz"))
print(sum(x * y for x, y in zip(range(4), range(4, 8))), any(c.isdigit() for c in "ab3"), all(c.isalpha() for c in "ab3"))
