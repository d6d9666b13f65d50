s = "  Hello, World  "
t = s.strip()
print(t.split(", "), "-".join(("a", "b", "c")), "a b  c".split())
print(t.replace("World", "arr"), t.startswith("He"), t.endswith("x"))
print(t.upper(), t.lower(), t.find("o"), t.find("z"), t.count("l"), "7".zfill(3))
print(t[:5], t[-5:], t[::-1], "World" in t, len(t))
