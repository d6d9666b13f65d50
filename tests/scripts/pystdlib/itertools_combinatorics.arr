# itertools' combinatoric functions, as stdlib/py_itertools.arr writes them
# (they return lists there; list() of them prints the same).
import "../../../stdlib/py_itertools.arr"

print(list(_py_itertools_product("ab", range(3))))
print(list(_py_itertools_product((0, 1), repeat=3)))
print(list(_py_itertools_product("xy", "12", repeat=2))[:5], len(list(_py_itertools_product("xy", "12", repeat=2))))
print(list(_py_itertools_product()), list(_py_itertools_product("ab", "")), list(_py_itertools_product("ab", repeat=0)))
for a, b in _py_itertools_product("HT", "HT") {
    print(a + b, end=" ")
}
print()

print(list(_py_itertools_permutations("abc")))
print(list(_py_itertools_permutations(range(4), 2)))
print(list(_py_itertools_permutations("ab", 0)), list(_py_itertools_permutations("ab", 3)), list(_py_itertools_permutations("")))
print(len(list(_py_itertools_permutations(range(5)))), list(_py_itertools_permutations("aab", 2)))

print(list(_py_itertools_combinations("abcd", 2)))
print(list(_py_itertools_combinations(range(5), 3)))
print(list(_py_itertools_combinations("abc", 0)), list(_py_itertools_combinations("abc", 4)), list(_py_itertools_combinations("abc", 3)))
print(list(_py_itertools_combinations_with_replacement("abc", 2)))
print(list(_py_itertools_combinations_with_replacement(range(3), 3)))
print(list(_py_itertools_combinations_with_replacement("", 2)), list(_py_itertools_combinations_with_replacement("", 0)), list(_py_itertools_combinations_with_replacement("ab", 0)))

# subsets summing to a target
coins = (1, 2, 5, 10)
hits = [c for r in range(len(coins) + 1) for c in _py_itertools_combinations(coins, r) if sum(c) == 12]
print(hits)
best = min(_py_itertools_permutations(range(1, 5)), key=lambda t: abs(t[0] * 10 + t[1] - (t[2] * 10 + t[3])))
print(best)

try {
    _py_itertools_combinations("abc", -1)
} except ValueError as e {
    print("ValueError", e)
}
try {
    _py_itertools_permutations("abc", -2)
} except ValueError as e {
    print("ValueError", e)
}
try {
    _py_itertools_product("ab", repeat=-1)
} except ValueError as e {
    print("ValueError", e)
}
