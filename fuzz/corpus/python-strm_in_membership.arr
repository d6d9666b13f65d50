# membership tests with strings, lists, dicts and tuples
vowels = "aeiou"
word = "education"
print([c for c in word if c in vowels])
print(sum(1 for c in word if c not in vowels))
print("cat" in "concatenate", "dog" in "concatenate")
names = ["ann", "bob"]
print("ann" in names, "an" in names, "zed" not in names)
d = {"x": 1}
print("x" in d, 1 in d, "y" not in d)
t = ("a", 1, None)
print(None in t, 1 in t, "b" in t)
print("" in "", "a" in "")
