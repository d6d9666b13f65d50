# operator and string, as sorting and text code uses them.
import operator
import string
from operator import itemgetter, attrgetter, methodcaller

pairs = [("pear", 3), ("fig", 7), ("apple", 3), ("kiwi", 1)]
print(sorted(pairs, key=itemgetter(1)), sorted(pairs, key=itemgetter(1, 0)))
print(max(pairs, key=operator.itemgetter(1)), itemgetter(0)(pairs))

class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price
    def __repr__(self):
        return f"Item({self.name!r}, {self.price})"

items = [Item("b", 2.5), Item("a", 2.5), Item("c", 1.0)]
print(sorted(items, key=attrgetter("price", "name")))
print(list(map(methodcaller("upper"), ["x", "y"])), methodcaller("split", ",")("a,b"))
print(operator.add(2, 3), operator.mul(4, 5), operator.neg(3), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.eq(1, 1), operator.lt(1, 2), operator.contains("abc", "b"), operator.getitem((5, 6), 1))
from functools import reduce
print(reduce(operator.mul, range(1, 6)), reduce(operator.add, ["a", "b", "c"]))
print(string.ascii_lowercase, string.digits, len(string.punctuation), string.ascii_uppercase[:5])
text = "Hello, World! It's 2024."
clean = "".join(c for c in text if c not in string.punctuation)
print(clean, string.capwords("the quick  brown fox"))
counts = {c: 0 for c in string.ascii_lowercase[:5]}
for c in "abacabad":
    if c in counts:
        counts[c] += 1
print(counts, all(c in string.hexdigits for c in "ff00"))
