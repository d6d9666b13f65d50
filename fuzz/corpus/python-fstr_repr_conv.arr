# !r and !s conversions
s = "it's"
print(f"{s!r}")
print(f"{s!s}")
print(f"{'hi'!r:>8}")
print(f"{42!r} {3.0!r} {None!r} {True!r}")
items = ["a", "b"]
print(f"{items!r} {items}")
d = {"k": "v"}
print(f"{d}")
t = (1, "x")
print(f"{t!r}")
q = 'say "hi"'
print(f"{q!r}")
q2 = "both ' and \""
print(repr(q2))
print(repr("line\n"), repr("tab\t"), repr("back\\slash"))
