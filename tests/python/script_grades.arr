# student grades with zip of three lists, enumerate(start=), comprehensions
names = ["Ann", "Ben", "Cara", "Dan", "Eve"]
math_scores = list((88, 72, 95, 60, 79))
sci_scores = list((92, 65, 89, 70, 84))

def letter(avg) {
    if avg >= 90 {
        return "A"
    } elif avg >= 80 {
        return "B"
    } elif avg >= 70 {
        return "C"
    }
    return "F"
}

print(f"{'#':>2} {'Name':<6}{'Math':>6}{'Sci':>6}{'Avg':>8} Grade")
for i, (name, m, s) in enumerate(zip(names, math_scores, sci_scores), start=1) {
    avg = (m + s) / 2
    print(f"{i:>2} {name:<6}{m:>6}{s:>6}{avg:>8.1f} {letter(avg)}")
}

averages = {n: (m + s) / 2 for n, m, s in zip(names, math_scores, sci_scores)}
print(averages)
passed = {n for n, a in averages.items() if a >= 75}
print(sorted(passed))
best = max(averages, key=averages.get)
print("best:", best, averages[best])
ranking = sorted(averages.items(), key=lambda kv: kv[1], reverse=True)
for pos, (n, a) in enumerate(ranking, 1) {
    print(pos, n, a)
}
grades = {}
for n, a in averages.items() {
    grades.setdefault(letter(a), []).append(n)
}
print(dict(sorted(grades.items())))
print(sum(math_scores) / len(math_scores), max(sci_scores), min(zip(sci_scores, names)))
improved = [n for n, m, s in zip(names, math_scores, sci_scores) if s > m]
print("improved in science:", improved)
