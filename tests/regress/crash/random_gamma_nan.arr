# A NaN shape made the gamma sampler's rejection loop spin forever (fuzz
# time-out); NumPy's loop leaves with NaN, and so does arr's now.
import numpy as np
names = ["gamma", "standard_gamma", "beta", "chisquare", "poisson", "binomial", "exponential", "standard_t", "vonmises", "zipf", "geometric", "f", "weibull", "pareto", "negative_binomial", "logseries", "wald", "noncentral_chisquare", "power", "rayleigh", "noncentral_f", "dirichlet", "hypergeometric", "triangular"]
two = ["beta", "f", "wald", "noncentral_chisquare"]
for name in names {
    try {
        m = getattr(np.random, name)
        if name in two { r = m(nan, 1) } elif name == "binomial" or name == "negative_binomial" { r = m(10, nan) } elif name == "vonmises" { r = m(0, nan) } elif name == "noncentral_f" { r = m(nan, 1, 1) } elif name == "dirichlet" { r = m([nan, 1]) } elif name == "hypergeometric" { r = m(5, 5, nan) } elif name == "triangular" { r = m(0, nan, 1) } else { r = m(nan) }
        print(name, r)
    } except Exception as e { print(name, type(e).__name__, e) }
}
