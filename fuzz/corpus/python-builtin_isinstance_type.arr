# isinstance and type(...).__name__ on Python values
values = [1, 2.5, "s", True, None, ["x"], (1,), {"a": 1}, {"only"}]
for v in values {
    print(repr(v), type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)))
}
print(isinstance(True, int), isinstance(3, float), isinstance(3.0, (int, float)))
print(type(3) is int, type("a") == str, type(None).__name__)
print(isinstance("s", str), isinstance({}, dict), isinstance(set(), set))
class Thing { }

t = Thing()
print(isinstance(t, Thing), isinstance(t, object), type(t).__name__)
print(isinstance(Thing(), Thing), isinstance(3, Thing))
