seed(0)
x = rand(10000000)
m = rand(3000, 3000)
fn best_of(f) {
    best = 1e9
    for r in range(9) {
        t = perf_counter()
        f()
        best = minimum(best, perf_counter() - t)
    }
    return best
}
print("sum", best_of(fn() = sum(x)))
print("mean", best_of(fn() = mean(x)))
print("std", best_of(fn() = std(x)))
print("argmax", best_of(fn() = argmax(x)))
print("sum_axis0", best_of(fn() = sum(m, axis=0)))
print("sum_axis1", best_of(fn() = sum(m, axis=1)))
