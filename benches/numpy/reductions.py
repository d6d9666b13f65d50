import time, numpy as np
rng = np.random.default_rng(0)
x = rng.random(10_000_000)
m = rng.random((3000, 3000))
def best_of(f):
    best = 1e9
    for r in range(9):
        t = time.perf_counter(); f(); best = min(best, time.perf_counter() - t)
    return best
print("sum", best_of(lambda: np.sum(x)))
print("mean", best_of(lambda: np.mean(x)))
print("std", best_of(lambda: np.std(x)))
print("argmax", best_of(lambda: np.argmax(x)))
print("sum_axis0", best_of(lambda: np.sum(m, axis=0)))
print("sum_axis1", best_of(lambda: np.sum(m, axis=1)))
