# itertools' other functions, as stdlib/py_itertools.arr writes them
# (they return lists there; list() of them prints the same).
# py-only {
import itertools
from itertools import chain as _py_itertools_chain
from itertools import islice as _py_itertools_islice
from itertools import accumulate as _py_itertools_accumulate
from itertools import groupby as _py_itertools_groupby
from itertools import repeat as _py_itertools_repeat
from itertools import zip_longest as _py_itertools_zip_longest
from itertools import pairwise as _py_itertools_pairwise
from itertools import starmap as _py_itertools_starmap
from itertools import takewhile as _py_itertools_takewhile
from itertools import dropwhile as _py_itertools_dropwhile
from itertools import filterfalse as _py_itertools_filterfalse
from itertools import compress as _py_itertools_compress
from itertools import tee as _py_itertools_tee
_py_itertools_chain_from_iterable = itertools.chain.from_iterable
# arr: import "../../../stdlib/py_itertools.arr"
# py-only }

print(list(_py_itertools_chain("ab", (1, 2), range(3))), list(_py_itertools_chain()), list(_py_itertools_chain("", "")))
print(list(_py_itertools_chain.from_iterable(["ab", "cd", ""])), list(_py_itertools_chain_from_iterable(("xy", range(2)))))
nested = [[1, 2], [3], []]
print(list(_py_itertools_chain_from_iterable(nested)), sum(_py_itertools_chain(*nested)))

s = "abcdefghij"
print(list(_py_itertools_islice(s, 3)), list(_py_itertools_islice(s, 2, 5)), list(_py_itertools_islice(s, 2, None)))
print(list(_py_itertools_islice(s, 1, 9, 3)), list(_py_itertools_islice(s, None, None, 4)), list(_py_itertools_islice(s, None)))
print(list(_py_itertools_islice(s, 0)), list(_py_itertools_islice(s, 20)), list(_py_itertools_islice(s, 8, 3)), list(_py_itertools_islice(range(100), 95, 1000, 2)))
for args in ((-1,), (-5,), (2.5,), (-1, 3), (1, 3, 0), (1, 3, -1)):
    try:
        _py_itertools_islice(s, *args)
    except ValueError as e:
        print("ValueError", args, e)
try:
    _py_itertools_islice(s)
except TypeError as e:
    print("TypeError", e)

print(list(_py_itertools_accumulate(range(1, 6))), list(_py_itertools_accumulate(range(1, 6), initial=100)))
print(list(_py_itertools_accumulate((3, 1, 4, 1, 5, 9, 2), max)), list(_py_itertools_accumulate("abc")))
print(list(_py_itertools_accumulate(range(1, 6), lambda a, b: a * b)), list(_py_itertools_accumulate(())), list(_py_itertools_accumulate((), initial=0)))
print(list(_py_itertools_accumulate((1.5, 2.25, -0.75))))

print([(k, list(g)) for k, g in _py_itertools_groupby("aaabccdaa")])
print([k for k, g in _py_itertools_groupby("aaabccdaa")], [len(list(g)) for k, g in _py_itertools_groupby("")])
words = ("apple", "avocado", "banana", "blueberry", "cherry", "apricot")
for letter, grp in _py_itertools_groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(grp))
print([(k, len(list(g))) for k, g in _py_itertools_groupby((1, 1, 2, 3, 3, 3, 1))])
print([(k, list(g)) for k, g in _py_itertools_groupby(range(10), key=lambda n: n // 4)])

print(list(_py_itertools_repeat("x", 3)), list(_py_itertools_repeat(7, 0)), list(_py_itertools_repeat(None, -2)))
print(list(map(lambda a, b: a ** b, range(5), _py_itertools_repeat(2, 5))))

print(list(_py_itertools_zip_longest("abc", "12")), list(_py_itertools_zip_longest("ab", "1234", fillvalue="-")))
print(list(_py_itertools_zip_longest()), list(_py_itertools_zip_longest("a", "", range(3), fillvalue=0)))

print(list(_py_itertools_pairwise("abcd")), list(_py_itertools_pairwise("a")), list(_py_itertools_pairwise(range(4))))
print([b - a for a, b in _py_itertools_pairwise((1, 4, 9, 16, 25))])

print(list(_py_itertools_starmap(lambda a, b: a ** b, ((2, 5), (3, 2), (10, 3)))), list(_py_itertools_starmap(lambda a, b: a + b, zip("ab", "cd"))))
print(list(_py_itertools_takewhile(lambda x: x < 5, (1, 4, 6, 4, 1))), list(_py_itertools_dropwhile(lambda x: x < 5, (1, 4, 6, 4, 1))))
print(list(_py_itertools_filterfalse(lambda x: x % 2, range(10))), list(_py_itertools_filterfalse(None, (0, 1, "", "a", None, 2))))
print(list(_py_itertools_compress("ABCDEF", (1, 0, 1, 0, 1, 1))), list(_py_itertools_compress("ABC", (True, False))))
a, b = _py_itertools_tee("xyz")
print(list(a), list(b), len(_py_itertools_tee("q", 3)))
