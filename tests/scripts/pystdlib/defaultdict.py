# collections.defaultdict, as stdlib/py_collections.arr writes it.
# py-only {
from collections import defaultdict as _py_defaultdict
from collections import Counter as _py_Counter
# arr: import "../../../stdlib/py_collections.arr"
# py-only }

counts = _py_defaultdict(int)
for word in "a rose is a rose is a rose".split():
    counts[word] += 1
print(counts)
print(counts["rose"], counts["tulip"], counts)
print(len(counts), "tulip" in counts, "lily" in counts, counts.get("lily"), counts.get("lily", -1))
print(sorted(counts), list(counts.keys()), list(counts.values()), list(counts.items()))

groups = _py_defaultdict(list)
for name in ("ann", "bob", "amy", "cal", "bea", "al"):
    groups[name[0]].append(name)
print(groups)
print(dict(groups.items()), groups["a"], groups["z"])
for k, v in groups.items():
    print(k, len(v), ",".join(v))
for k in groups:
    print(k, end=" ")
print()

sets = _py_defaultdict(set)
for a, b in (("x", 1), ("y", 2), ("x", 3), ("x", 1)):
    sets[a].add(b)
print(sorted(sets["x"]), sorted(sets["y"]), len(sets))

s = _py_defaultdict(str)
s["k"] += "ab"
s["k"] += "cd"
print(s, repr(s["none"]))
f = _py_defaultdict(float)
f["pi"] += 3.5
print(f)
b = _py_defaultdict(bool)
print(b["q"], b)
t = _py_defaultdict(tuple)
t["p"] += (1,)
print(t)
nested = _py_defaultdict(dict)
nested["outer"]["inner"] = 1
print(nested)

# a function or lambda as the factory
def zero_pair():
    return (0, 0)
pairs = _py_defaultdict(zero_pair)
print(pairs["a"], len(pairs))
calls = _py_defaultdict(lambda: "missing")
print(calls["x"], calls.default_factory(), dict(calls.items()))
tree = _py_defaultdict(lambda: _py_defaultdict(int))
tree["a"]["b"] += 2
tree["a"]["c"] += 1
print(tree["a"], len(tree), tree["a"]["b"])

# initial contents, dict methods
d = _py_defaultdict(int, {"a": 1, "b": 2})
print(d)
d.update({"c": 3}, d=4)
print(d, d.pop("a"), d.pop("zz", 0), d)
print(d.setdefault("b", 100), d.setdefault("e", 5), d)
print(d.popitem(), d)
c = d.copy()
c["new"] += 1
print(d, c)
print(d == {"b": 2, "c": 3, "d": 4}, d == c, d != c)
d.clear()
print(d, len(d), bool(d))
print(_py_defaultdict(list, [("k", "v")]), _py_defaultdict(int, x=1))
print(_py_defaultdict(_py_Counter))

# no factory: a missing key is a KeyError
n = _py_defaultdict()
print(n, n.default_factory)
try:
    n["x"]
except KeyError as e:
    print("KeyError", e)
try:
    _py_defaultdict(3)
except TypeError as e:
    print("TypeError", e)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
print(_py_defaultdict.fromkeys("ab"), _py_defaultdict.fromkeys("ab", 0))
