# word frequency report
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""

counts = {}
for line in text.splitlines() {
    for raw in line.split() {
        word = raw.strip(".,;:!?").lower()
        if word {
            counts[word] = counts.get(word, 0) + 1
        }
    }
}

print("distinct words:", len(counts))
print("total words:", sum(counts.values()))
ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
print(f"{'word':<12}{'count':>6}")
print("-" * 18)
for word, n in ranked[:6] {
    print(f"{word:<12}{n:>6}")
}
longest = max(counts, key=len)
print("longest:", longest)
by_len = {}
for w in counts {
    by_len.setdefault(len(w), []).append(w)
}
for length in sorted(by_len) {
    print(length, sorted(by_len[length]))
}
common = {w for w, c in counts.items() if c >= 4}
print(sorted(common))
first_letters = {w[0] for w in counts}
print("".join(sorted(first_letters)))
hist = {w: "*" * c for w, c in counts.items() if c > 2}
for w, bar in sorted(hist.items()) {
    print(f"{w:>6} | {bar}")
}
