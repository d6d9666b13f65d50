# itertools as real programs use it.
import itertools
from itertools import product, combinations, permutations, accumulate, groupby, chain, islice, zip_longest

for a, b in product("ab", range(2)) {
    print(a, b, end="; ")
}
print()
print(list(combinations("abcd", 2)))
print(len(list(permutations(range(4)))), list(permutations("xyz", 2))[:3])
print(list(accumulate((1, 2, 3, 4))), list(accumulate((3, 1, 4, 1, 5), max)))
print(list(itertools.combinations_with_replacement("ab", 2)))

data = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda s: s[0])
for letter, words in groupby(data, key=lambda s: s[0]) {
    print(letter, list(words))
}

print(list(chain("ab", "cd")), list(chain.from_iterable(["xy", "z"])))
print(list(islice(range(100), 2, 12, 3)))
print(list(zip_longest("abc", "1", fillvalue="-")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.takewhile(lambda v: v < 3, (1, 2, 3, 1))), list(itertools.dropwhile(lambda v: v < 3, (1, 2, 3, 1))))
print(list(itertools.pairwise("abcd")))
print(list(itertools.repeat("hi", 3)))
grid = [(r, c) for r, c in product(range(2), repeat=2)]
print(grid)
