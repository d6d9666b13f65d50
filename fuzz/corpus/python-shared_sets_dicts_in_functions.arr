# functions mutate sets and dicts passed to them
def add_all(s, items) {
    for it in items {
        s.add(it)
    }
}

seen = set()
add_all(seen, "abc")
add_all(seen, "cd")
print(sorted(seen))

def count_into(d, words) {
    for w in words {
        d[w] = d.get(w, 0) + 1
    }
}

counts = {}
count_into(counts, "a b a".split())
count_into(counts, "b c".split())
print(counts)

def reset(d) {
    d = {}
    return d
}

print(reset(counts), counts)

def clear_all(d) {
    for k in list(d.keys()) {
        d.pop(k)
    }
}

clear_all(counts)
print(counts, len(counts))
tags = {"x"}
alias = tags
alias.add("y")
print(sorted(tags), tags is alias)
