# deduplication with sets, preserving order with a seen-set
words = "b a c a b d".split()
print(sorted(set(words)))
seen = set()
order = []
for w in words {
    if w not in seen {
        seen.add(w)
        order.append(w)
    }
}
print(order)
print(len(set(words)), len(words))
print(set() == set(), {1, 2} == {2, 1})
print(sorted({x % 3 for x in range(10)}))
print(len({"a", "a", "b"}))
