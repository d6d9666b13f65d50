# any and all
print(any([]), all([]))
checks = (True, False, True)
print(any(checks), all(checks))
xs = list(range(5))
print(any(x > 3 for x in xs), all(x >= 0 for x in xs))
print(all(isinstance(x, int) for x in xs))
print(any(s.startswith("b") for s in ["ab", "ba"]))
print(all(""), any(["", None, 0]))
words = ["Alpha", "beta"]
print(all(w[0] == w[0].upper() for w in words))
print(any(w == "beta" for w in words))
