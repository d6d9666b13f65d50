# a report built with % formatting
data = [("north", 1200, 0.153), ("south", 875, -0.042), ("east", 15, 1.0)]
print("%-8s %6s %8s" % ("region", "sales", "growth"))
for region, sales, growth in data {
    print("%-8s %6d %+7.1f%%" % (region, sales, growth * 100))
}
print("%-8s %6d" % ("total", sum(s for _, s, _ in data)))
best = max(data, key=lambda r: r[2])
print("best: %s (%.1f%%)" % (best[0], best[2] * 100))
for region, sales, growth in data {
    bar = "#" * (sales // 100)
    print("%-6s|%-12s|%s" % (region[:6], bar, "up" if growth > 0 else "down"))
}
print("%d regions, %.2f%% average growth" % (len(data), sum(g for _, _, g in data) / len(data) * 100))
