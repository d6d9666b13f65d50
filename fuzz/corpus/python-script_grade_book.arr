# a grade book: classes, sorting, dict aggregation, letter grades
class Student {
    def __init__(self, name, scores) {
        self.name = name
        self.scores = dict(scores)
    }
    def average(self, weights) {
        total = sum(self.scores.get(k, 0) * w for k, w in weights.items())
        return total / sum(weights.values())
    }
    def __repr__(self) {
        return f"Student({self.name!r})"
    }
}

WEIGHTS = {"hw": 0.2, "midterm": 0.3, "final": 0.5}
CUTOFFS = [(90, "A"), (80, "B"), (70, "C"), (60, "D")]

def letter(avg) {
    for cutoff, grade in CUTOFFS {
        if avg >= cutoff {
            return grade
        }
    }
    return "F"
}

roster = [
    Student("ann", {"hw": 95, "midterm": 88, "final": 92}),
    Student("bob", {"hw": 70, "midterm": 65, "final": 58}),
    Student("cy", {"hw": 85, "midterm": 91, "final": 79}),
    Student("dee", {"hw": 100, "midterm": 72}),
    Student("eve", {"hw": 60, "midterm": 75, "final": 81}),
]
averages = {s.name: s.average(WEIGHTS) for s in roster}
ranked = sorted(roster, key=lambda s: averages[s.name], reverse=True)
print(f"{'rank':<5}{'name':<6}{'avg':>7}  grade")
for i, s in enumerate(ranked, 1) {
    avg = averages[s.name]
    print(f"{i:<5}{s.name:<6}{avg:>7.2f}  {letter(avg)}")
}
dist = {}
for s in roster {
    g = letter(averages[s.name])
    dist[g] = dist.get(g, 0) + 1
}
print("distribution:", {g: dist[g] for g in sorted(dist)})
missing = [(s.name, k) for s in roster for k in WEIGHTS if k not in s.scores]
print("missing work:", missing)
for part in WEIGHTS {
    vals = [s.scores[part] for s in roster if part in s.scores]
    print(f"{part:<8} n={len(vals)} mean={sum(vals) / len(vals):6.2f} max={max(vals)}")
}
curve = 5
curved = {name: min(100, avg + curve) for name, avg in averages.items()}
changed = [n for n in curved if letter(curved[n]) != letter(averages[n])]
print("grade changes with a curve of", curve, ":", sorted(changed))
print(ranked[0], "is top;", ranked[-1], "is last")
