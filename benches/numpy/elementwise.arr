seed(0)
n = 10000000
a = rand(n); b = rand(n); c = rand(n)
best = 1e9
for r in range(9) {
    t = perf_counter()
    y = a * b + c * 2.0 - a / 3.0
    best = minimum(best, perf_counter() - t)
}
print("elementwise", best)
