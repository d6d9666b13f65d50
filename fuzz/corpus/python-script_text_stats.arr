# word statistics over a paragraph: sets, dicts, sorting and formatting
TEXT = ("It was the best of times, it was the worst of times, it was the age of wisdom, " +
        "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, " +
        "it was the season of Light, it was the season of Darkness.")

def normalize(word) {
    return word.strip(".,;:!?").lower()
}

words = [normalize(w) for w in TEXT.split()]
words = [w for w in words if w]
print("words:", len(words))
unique = set(words)
print("unique:", len(unique))
freq = {}
for w in words {
    freq[w] = freq.get(w, 0) + 1
}
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
width = max(len(w) for w, _ in top)
for w, c in top {
    print(f"{w:>{width}} {c:2d} {'*' * c}")
}
lengths = {}
for w in unique {
    lengths.setdefault(len(w), []).append(w)
}
for n in sorted(lengths) {
    print(n, sorted(lengths[n]))
}
clauses = [c.strip() for c in TEXT.split(",")]
print(len(clauses), "clauses; longest:", max(clauses, key=len))
pairs = {}
for a, b in zip(words, words[1:]) {
    key = a + " " + b
    pairs[key] = pairs.get(key, 0) + 1
}
common = [p for p, c in sorted(pairs.items()) if c >= 4]
print("common pairs:", common)
avg = sum(len(w) for w in words) / len(words)
print(f"average length {avg:.3f}")
caps = [w.strip(".,") for w in TEXT.split() if w[0] == w[0].upper() and w[0].lower() != w[0]]
print("capitalized:", caps)
vowels = sum(1 for ch in TEXT.lower() if ch in "aeiou")
print(f"vowel ratio {vowels / len(TEXT.replace(' ', '')):.2%}")
