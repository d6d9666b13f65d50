# counting and grouping with dicts
text = "the cat and the hat and the bat sat quietly on a mat"
counts = {}
for w in text.split() {
    counts[w] = counts.get(w, 0) + 1
}
print(counts)
for w in sorted(counts, key=lambda k: (-counts[k], k)) {
    print(w, counts[w])
}
groups = {}
for w in text.split() {
    groups.setdefault(len(w), []).append(w)
}
print(groups)
letters = {}
for ch in text.replace(" ", "") {
    if ch in letters {
        letters[ch] += 1
    } else {
        letters[ch] = 1
    }
}
print(sorted(letters.items())[:5])
print(max(letters, key=letters.get))
