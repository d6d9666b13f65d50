import numpy as np
for s in [0, 1, 42, 2024]:
    rng = np.random.default_rng(s)
    print(rng.exponential(2.0, 5), rng.standard_exponential(3), rng.exponential(), rng.exponential([1, 10, 100]))
    print(rng.exponential(size=(2, 2)), rng.normal(size=2), rng.exponential(0.5, 2))
big = np.random.default_rng(11).standard_exponential(300000)
print(big.sum(), big.min(), big.max())
big = np.random.default_rng(12).standard_normal(300000)
print(big.sum(), big.min(), big.max())
