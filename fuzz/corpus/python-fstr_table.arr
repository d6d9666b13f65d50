# a formatted table
rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, -3.125)]
print(f"{'name':<8}|{'n':>5}|{'value':>9}")
print("-" * 24)
for name, n, v in rows {
    print(f"{name:<8}|{n:>5d}|{v:>9.3f}")
}
total = sum(r[2] for r in rows)
print(f"{'total':<8}|{sum(r[1] for r in rows):>5d}|{total:>9.3f}")
print(f"{'mean':<8}|{'':>5}|{total / len(rows):>9.4f}")
best = max(rows, key=lambda r: r[2])
worst = min(rows, key=lambda r: r[2])
print(f"best {best[0]!r} ({best[2]:+.2f}), worst {worst[0]!r} ({worst[2]:+.2f})")
print("=" * 24)
