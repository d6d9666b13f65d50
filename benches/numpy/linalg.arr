seed(0)
a = rand(2000, 2000); b = rand(2000, 2000)
X = rand(100000, 50); y = rand(100000)
fn best_of(f, reps) {
    best = 1e9
    for r in range(reps) {
        t = perf_counter()
        f()
        best = minimum(best, perf_counter() - t)
    }
    return best
}
print("matmul_2000", best_of(fn() = a @ b, 5))
print("lstsq_100000x50", best_of(fn() = lstsq(X, y), 7))
