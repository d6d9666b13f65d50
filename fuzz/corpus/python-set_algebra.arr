# union intersection difference symmetric difference, subsets
a = set("abcde")
b = set("cdefg")
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(set("ab") <= a, set("az") <= a, a >= set("a"), set("ab").issubset(a))
print(a.isdisjoint(set("xyz")))
evens = {x for x in range(10) if x % 2 == 0}
threes = set(range(0, 10, 3))
print(sorted(evens & threes), sorted(evens | threes))
print(sorted(a.union("xy", "z")))
