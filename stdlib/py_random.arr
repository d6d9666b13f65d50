# Python's `random` module: CPython's Mersenne Twister, seeded as CPython
# seeds it (`_py_random_mt`, in Rust), and CPython's algorithms for every
# distribution on top of its `random()` and `getrandbits(k)`, so that a
# seeded program draws the numbers Python draws. The module's functions are
# the methods of one hidden `Random`, as in CPython.

class _py_random_Random {
    __name__ = "Random"

    def __init__(self, x=None) {
        self._mt = _py_random_mt(x)
        self.gauss_next = None
    }

    def seed(self, a=None) {
        if isinstance(a, str) {
            raise TypeError("random.seed() of a str is not supported in arr: pass an int")
        }
        self._mt.seed(a)
        self.gauss_next = None
    }

    def random(self) = self._mt.random()

    def getrandbits(self, k) = self._mt.getrandbits(k)

    # An int in [0, n): getrandbits(n.bit_length()) until one falls below n.
    def _randbelow(self, n) {
        if n <= 0 {
            return 0
        }
        k = n.bit_length()
        r = self._mt.getrandbits(k)
        while r >= n {
            r = self._mt.getrandbits(k)
        }
        return r
    }

    def randrange(self, start, stop=None, step=1) {
        istart = _py_random_index(start, "start")
        if stop is None {
            if step != 1 {
                raise TypeError("Missing a non-None stop argument")
            }
            if istart > 0 {
                return self._randbelow(istart)
            }
            raise ValueError("empty range for randrange()")
        }
        istop = _py_random_index(stop, "stop")
        width = istop - istart
        istep = _py_random_index(step, "step")
        if istep == 1 {
            if width > 0 {
                return istart + self._randbelow(width)
            }
            raise ValueError(f"empty range for randrange() ({istart}, {istop}, {width})")
        }
        if istep > 0 {
            n = (width + istep - 1) // istep
        } elif istep < 0 {
            n = (width + istep + 1) // istep
        } else {
            raise ValueError("zero step for randrange()")
        }
        if n <= 0 {
            raise ValueError("empty range for randrange()")
        }
        return istart + istep * self._randbelow(n)
    }

    def randint(self, a, b) = self.randrange(a, b + 1)

    def choice(self, seq) {
        if not len(seq) {
            raise IndexError("Cannot choose from an empty sequence")
        }
        return seq[self._randbelow(len(seq))]
    }

    # In place, from the end: item i swaps with one of items 0..i.
    def shuffle(self, x) {
        for i in reversed(range(1, len(x))) {
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]
        }
    }

    def sample(self, population, k, *, counts=None) {
        if isinstance(population, set) {
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        }
        if counts is not None {
            expanded = []
            for item, c in zip(population, counts) {
                for _ in range(c) {
                    expanded.append(item)
                }
            }
            population = expanded
        }
        n = len(population)
        if not 0 <= k <= n {
            raise ValueError("Sample larger than population or is negative")
        }
        result = [None] * k
        setsize = 21
        if k > 5 {
            setsize += 4 ** _py_random_math.ceil(_py_random_math.log(k * 3, 4))
        }
        if n <= setsize {
            pool = list(population)
            for i in range(k) {
                j = self._randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
            }
        } else {
            selected = set()
            for i in range(k) {
                j = self._randbelow(n)
                while j in selected {
                    j = self._randbelow(n)
                }
                selected.add(j)
                result[i] = population[j]
            }
        }
        return result
    }

    def choices(self, population, weights=None, *, cum_weights=None, k=1) {
        n = len(population)
        if cum_weights is None {
            if weights is None {
                n += 0.0
                return [population[_py_random_math.floor(self._mt.random() * n)] for _ in range(k)]
            }
            cum_weights = []
            total = 0
            for w in weights {
                total += w
                cum_weights.append(total)
            }
        } elif weights is not None {
            raise TypeError("Cannot specify both weights and cumulative weights")
        }
        if len(cum_weights) != n {
            raise ValueError("The number of weights does not match the population")
        }
        total = cum_weights[-1] + 0.0
        if total <= 0.0 {
            raise ValueError("Total of weights must be greater than zero")
        }
        if not _py_random_math.isfinite(total) {
            raise ValueError("Total of weights must be finite")
        }
        hi = n - 1
        return [population[_py_random_bisect(cum_weights, self._mt.random() * total, hi)] for _ in range(k)]
    }

    def uniform(self, a, b) = a + (b - a) * self._mt.random()

    def triangular(self, low=0.0, high=1.0, mode=None) {
        u = self._mt.random()
        if mode is None {
            c = 0.5
        } elif high == low {
            return low
        } else {
            c = (mode - low) / (high - low)
        }
        if u > c {
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        }
        return low + (high - low) * _py_random_math.sqrt(u * c)
    }

    # Box-Muller, keeping the second value for the next call.
    def gauss(self, mu=0.0, sigma=1.0) {
        z = self.gauss_next
        self.gauss_next = None
        if z is None {
            x2pi = self._mt.random() * _py_random_math.tau
            g2rad = _py_random_math.sqrt(-2.0 * _py_random_math.log(1.0 - self._mt.random()))
            z = _py_random_math.cos(x2pi) * g2rad
            self.gauss_next = _py_random_math.sin(x2pi) * g2rad
        }
        return mu + z * sigma
    }

    # Kinderman and Monahan's ratio method.
    def normalvariate(self, mu=0.0, sigma=1.0) {
        while True {
            u1 = self._mt.random()
            u2 = 1.0 - self._mt.random()
            z = _py_random_NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_py_random_math.log(u2) {
                break
            }
        }
        return mu + z * sigma
    }

    def lognormvariate(self, mu, sigma) = _py_random_math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd) = -_py_random_math.log(1.0 - self._mt.random()) / lambd

    def paretovariate(self, alpha) {
        u = 1.0 - self._mt.random()
        return u ** (-1.0 / alpha)
    }

    def weibullvariate(self, alpha, beta) {
        u = 1.0 - self._mt.random()
        return alpha * (-_py_random_math.log(u)) ** (1.0 / beta)
    }
}

import math as _py_random_math

_py_random_NV_MAGICCONST = 4 * _py_random_math.exp(-0.5) / _py_random_math.sqrt(2.0)

def _py_random_index(v, what) {
    if not isinstance(v, int) {
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    }
    return int(v)
}

# The first index in cum[0:hi] whose value exceeds x (bisect_right).
def _py_random_bisect(cum, x, hi) {
    lo = 0
    while lo < hi {
        mid = (lo + hi) // 2
        if x < cum[mid] {
            hi = mid
        } else {
            lo = mid + 1
        }
    }
    return lo
}

_py_random_inst = _py_random_Random()

def random_random() = _py_random_inst.random()
def random_seed(a=None) = _py_random_inst.seed(a)
def random_getrandbits(k) = _py_random_inst.getrandbits(k)
def random_randrange(start, stop=None, step=1) = _py_random_inst.randrange(start, stop, step)
def random_randint(a, b) = _py_random_inst.randint(a, b)
def random_choice(seq) = _py_random_inst.choice(seq)
def random_choices(population, weights=None, *, cum_weights=None, k=1) = _py_random_inst.choices(population, weights, cum_weights=cum_weights, k=k)
def random_shuffle(x) {
    if type(x).__name__ == "ndarray" {
        raise TypeError("random.shuffle(x) changes a list in place; an array has value semantics in arr: use np.random.shuffle(x) or list(x)")
    }
    _py_random_inst.shuffle(x)
}
def random_sample(population, k, *, counts=None) = _py_random_inst.sample(population, k, counts=counts)
def random_uniform(a, b) = _py_random_inst.uniform(a, b)
def random_triangular(low=0.0, high=1.0, mode=None) = _py_random_inst.triangular(low, high, mode)
def random_gauss(mu=0.0, sigma=1.0) = _py_random_inst.gauss(mu, sigma)
def random_normalvariate(mu=0.0, sigma=1.0) = _py_random_inst.normalvariate(mu, sigma)
def random_lognormvariate(mu, sigma) = _py_random_inst.lognormvariate(mu, sigma)
def random_expovariate(lambd) = _py_random_inst.expovariate(lambd)
def random_paretovariate(alpha) = _py_random_inst.paretovariate(alpha)
def random_weibullvariate(alpha, beta) = _py_random_inst.weibullvariate(alpha, beta)
