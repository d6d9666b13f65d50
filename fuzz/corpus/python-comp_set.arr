# set comprehensions (printed sorted: set order is not guaranteed)
text = "the quick brown fox jumps over the lazy dog"
letters = {c for c in text if c != " "}
print(len(letters))
print(sorted(letters)[:5])
lengths = {len(w) for w in text.split()}
print(sorted(lengths))
mods = {x % 4 for x in range(20)}
print(sorted(mods))
print(sorted({w[0] for w in text.split()}))
print(len({x for x in []}))
vowels = {c for c in text if c in "aeiou"}
print(sorted(vowels), len(vowels))
print("z" in letters, "Z" in letters)
print({x * 0 for x in range(5)})
