# collections.Counter, as stdlib/py_collections.arr writes it (_py_Counter).
# py-only {
from collections import Counter as _py_Counter
# arr: import "../../../stdlib/py_collections.arr"
# py-only }

c = _py_Counter("abracadabra")
print(c)
print(repr(c), len(c), c.total())
print(c["a"], c["z"], "z" in c, "a" in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(list(c), list(c.keys()), list(c.values()), list(c.items()))
print(sorted(c.elements()), c.get("b"), c.get("q"), c.get("q", 7))

# ties keep first-insertion order, in most_common and in repr
words = "the cat and the dog and the bird".split()
w = _py_Counter(words)
print(w)
print(w.most_common(3))
for word, n in w.most_common():
    print(f"{word:>5}: {n}")

# from a mapping, keywords, an empty one
print(_py_Counter({"x": 2, "y": 5}), _py_Counter(a=1, b=3), _py_Counter(), _py_Counter(""))
e = _py_Counter()
print(bool(e), bool(c), e.most_common(), e.total())

# counting with +=, update, subtract
d = _py_Counter()
for ch in "mississippi":
    d[ch] += 1
print(d)
d.update("spam")
print(d)
d.update({"s": 10, "z": 1})
print(d)
d.update(q=2)
print(d)
d.subtract("sss")
print(d)
d.subtract({"z": 5})
print(d)
print(d["z"], d.total())
d["i"] = 0
print(d)

# arithmetic drops non-positive counts
a = _py_Counter(a=3, b=1, c=0)
b = _py_Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(-_py_Counter(a=2, b=-3), -_py_Counter(a=2, b=-3, c=0))

# equality: missing counts are zero between Counters
print(_py_Counter(a=1) == _py_Counter(a=1, b=0), _py_Counter(a=1) == _py_Counter(a=2))
print(_py_Counter(a=1) != _py_Counter(a=1), _py_Counter("ab") == _py_Counter("ba"))
print(_py_Counter(a=1) == {"a": 1}, _py_Counter(a=1, b=0) == {"a": 1}, _py_Counter(a=1) == "a")
print(_py_Counter(a=1) <= _py_Counter(a=2), _py_Counter(a=3) <= _py_Counter(a=2), _py_Counter(a=1) < _py_Counter(a=1))

# copy is independent
f = c.copy()
f["a"] = 100
print(c["a"], f["a"], type(f) == type(c))
print(c.pop("r"), c)
print(c.setdefault("n", 4), c.setdefault("a", 9), c)

# counting numbers, iteration, in f-strings
nums = _py_Counter(x % 3 for x in range(10))
print(nums, nums[0], nums[3])
print(f"{nums}", [k for k in nums], sorted(nums, key=lambda k: -nums[k]))
print(max(nums, key=nums.get), dict(nums.items()))

# errors
try:
    _py_Counter(a=1) + 1
except TypeError as err:
    print("TypeError")
try:
    _py_Counter("a", "b")
except TypeError as err:
    print("TypeError", err)
try:
    _py_Counter.fromkeys("ab")
except NotImplementedError as err:
    print("NotImplementedError", err)

# subclasses print their own name
class Tally(_py_Counter):
    pass
t = Tally("aab")
print(t, type(t.copy()).__name__, t + t, -_py_Counter(a=2, b=-3, c=0))
neg = _py_Counter(a=-1, b=0, c=2)
print(neg, list(neg.elements()), neg.total(), neg.most_common())
halves = _py_Counter({"x": 1.5, "y": 0.5})
print(halves, halves + halves, halves.total())
a2 = _py_Counter(a=1)
a2 += _py_Counter(a=2, b=-1)
a2 -= _py_Counter(a=1)
print(a2)
