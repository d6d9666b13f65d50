import numpy as np

for s in [0, 1, 42, 12345]:
    np.random.seed(s)
    print(np.random.poisson(5, 8))
    print(np.random.poisson(35.5, 8))
    print(np.random.poisson([0.5, 12, 100, 0], (2, 4)))
    print(np.random.geometric(0.5, 6), np.random.geometric(0.1, 6))
    print(np.random.lognormal(0, 1, 3), np.random.lognormal(2, 0.5))
    print(np.random.laplace(0, 1, 3), np.random.gumbel(1, 2, 3), np.random.logistic(0, 1, 3))
    print(np.random.weibull(2, 3), np.random.pareto(3, 3), np.random.power(3, 3))
    print(np.random.rayleigh(1, 3), np.random.standard_cauchy(3), np.random.triangular(0, 1, 3, 3))
    print(np.random.standard_gamma(2, 3), np.random.standard_gamma(0.5, 3), np.random.gamma(2, 3, 3))
    print(np.random.chisquare(4, 3), np.random.beta(2, 3, 3), np.random.beta(0.5, 0.5, 3))
    print(np.random.standard_t(5, 3), np.random.f(3, 5, 3))
np.random.seed(7)
print(np.random.poisson(3.2, 100000).mean(), np.random.gamma(0.3, 1, 100000).mean())
print(np.random.poisson(lam=1000.0, size=5), np.random.binomial if False else 0)
rs = np.random.RandomState(3)
print(rs.poisson(4, 5), rs.gamma(2.5, size=3), rs.beta(1.5, 2))


def attempt(f):
    try:
        f()
        print("no error")
    except ValueError as e:
        print("ValueError")
    except TypeError:
        print("TypeError")


attempt(lambda: np.random.poisson(-1))
attempt(lambda: np.random.geometric(0))
attempt(lambda: np.random.gamma(-1))
attempt(lambda: np.random.triangular(2, 1, 3))
attempt(lambda: np.random.beta(0, 1))
attempt(lambda: np.random.lognormal(0, -1))
