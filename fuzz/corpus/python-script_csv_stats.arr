# parse CSV-like text and print a statistics report
RAW = "name,dept,salary,years\nalice,eng,120000,5\nbob,eng,95000,2\ncarol,sales,70000,7\ndave,sales,65000,1\nerin,eng,135000,9\nfrank,ops,55000,3\n"

def parse(text) {
    lines = [ln for ln in text.strip().split("\n") if ln]
    header = lines[0].split(",")
    rows = []
    for ln in lines[1:] {
        values = ln.split(",")
        row = dict(zip(header, values))
        row["salary"] = int(row["salary"])
        row["years"] = int(row["years"])
        rows.append(row)
    }
    return header, rows
}

def mean(xs) {
    return sum(xs) / len(xs) if xs else 0.0
}

def median(xs) {
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2
}

header, rows = parse(RAW)
print("columns:", header)
print("rows:", len(rows))
by_dept = {}
for r in rows {
    by_dept.setdefault(r["dept"], []).append(r)
}
print(f"{'dept':<6}{'n':>3}{'mean':>12}{'median':>12}{'max years':>10}")
for dept in sorted(by_dept) {
    group = by_dept[dept]
    sal = [r["salary"] for r in group]
    print(f"{dept:<6}{len(group):>3}{mean(sal):>12,.1f}{median(sal):>12,}{max(r['years'] for r in group):>10}")
}
all_sal = [r["salary"] for r in rows]
print(f"overall mean {mean(all_sal):,.2f} median {median(all_sal):,}")
senior = [r["name"] for r in rows if r["years"] >= 5]
print("senior:", ", ".join(senior))
top = max(rows, key=lambda r: r["salary"] / (r["years"] + 1))
print(f"best paid per year of tenure: {top['name']} ({top['salary'] / (top['years'] + 1):.1f})")
raises = {r["name"]: round(r["salary"] * (1.03 if r["dept"] == "eng" else 1.05)) for r in rows}
print(raises)
out = ["name,new_salary"] + [f"{n},{s}" for n, s in raises.items()]
print("\n".join(out))
print(mean([]), median(list(range(5))))
