# Bracket literals of numbers are arrays in arr: the collections and
# itertools functions take them as Python takes lists, and what they return
# (lists, tuples, Counters, deques) prints as Python's does.
# py-only {
from collections import Counter as _py_Counter, deque as _py_deque, namedtuple as _py_namedtuple, defaultdict as _py_defaultdict
from itertools import product as _py_itertools_product, combinations as _py_itertools_combinations, accumulate as _py_itertools_accumulate, groupby as _py_itertools_groupby, pairwise as _py_itertools_pairwise
from functools import reduce as _py_functools_reduce, partial as _py_functools_partial
# arr: import "../../../stdlib/py_collections.arr"
# arr: import "../../../stdlib/py_itertools.arr"
# arr: import "../../../stdlib/py_functools.arr"
# py-only }

print(_py_Counter([1, 2, 2, 3, 3, 3]), _py_Counter([1.5, 1.5, 2.0]), _py_Counter([True, False, True]))
c = _py_Counter([3, 1, 3])
c.update([1, 1, 7])
print(c, c.most_common(1), c[3], c[4])
d = _py_deque([1, 2, 3], maxlen=4)
d.extend([4, 5])
d.extendleft([0])
print(d, d[0], sum(d), list(d))
P = _py_namedtuple("P", "a b")
p = P._make([10, 20])
print(p, p.a + p.b)
dd = _py_defaultdict(list)
for k, v in zip([1, 2, 1], [4.5, 5.5, 6.5]):
    dd[k].append(v)
print(dd)
print(list(_py_itertools_product([1, 2], [3, 4])), list(_py_itertools_combinations([1, 2, 3], 2)))
print(list(_py_itertools_accumulate([1, 2, 3])), list(_py_itertools_pairwise([1, 2, 3])))
print([(k, list(g)) for k, g in _py_itertools_groupby([1, 1, 2, 2, 2, 1])])
print(_py_functools_reduce(lambda a, b: a * b, [1, 2, 3, 4]), _py_functools_partial(max, 5)(3))
a2 = _py_Counter(a=1)
a2 += _py_Counter(a=2, b=-1)
print(a2)
