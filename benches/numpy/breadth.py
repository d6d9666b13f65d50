import time, numpy as np
rng = np.random.default_rng(0)
ints = rng.integers(0, 1000, 10_000_000)
x = rng.random(10_000_000)
s = np.sort(rng.random(1_000_000))
q = rng.random(1_000_000)
u = rng.integers(0, 100_000, 1_000_000)
a = rng.random((500, 500))
b = rng.random((500, 500))
def best_of(f):
    best = 1e9
    for r in range(7):
        t = time.perf_counter(); f(); best = min(best, time.perf_counter() - t)
    return best
print("bincount_1e7", best_of(lambda: np.bincount(ints)))
print("searchsorted_1e6", best_of(lambda: np.searchsorted(s, q)))
print("unique_1e6", best_of(lambda: np.unique(u)))
print("einsum_matmul_500", best_of(lambda: np.einsum("ij,jk->ik", a, b)))
print("add_reduce_1e7", best_of(lambda: np.add.reduce(x)))
print("diff_1e7", best_of(lambda: np.diff(x)))
print("roll_1e7", best_of(lambda: np.roll(x, 3)))
f = rng.random(1048576)
g = rng.random(1_000_000)
print("fft_2e20", best_of(lambda: np.fft.fft(f)))
print("rfft_2e20", best_of(lambda: np.fft.rfft(f)))
print("fft_1e6", best_of(lambda: np.fft.fft(g)))
