# Python's `random` module over arr's random generator (`seed` makes runs
# repeatable; the numbers are not CPython's Mersenne Twister sequence).

def random_random() = rand()

def random_seed(a=None) {
    if a is not None {
        seed(a)
    }
}

# An int in [a, b], both ends included.
def random_randint(a, b) {
    if a > b {
        raise ValueError(f"empty range for randrange() ({a}, {b + 1}, {b + 1 - a})")
    }
    return int(randint(a, b + 1))
}

def random_uniform(a, b) = a + (b - a) * rand()

def random_gauss(mu=0.0, sigma=1.0) = float(normal(mu, sigma))

def random_choice(seq) {
    if len(seq) == 0 {
        raise IndexError("Cannot choose from an empty sequence")
    }
    return seq[int(randint(0, len(seq)))]
}

# Shuffles a list in place.
def random_shuffle(x) {
    shuffle(x)
}

# k distinct items of the population, in random order.
def random_sample(population, k) {
    items = list(population)
    if k < 0 or k > len(items) {
        raise ValueError("Sample larger than population or is negative")
    }
    order = permutation(len(items))
    return [items[int(order[i])] for i in range(k)]
}

# An int of range(start, stop, step).
def random_randrange(start, stop=None, step=1) {
    if stop is None {
        stop = start
        start = 0
    }
    n = len(range(start, stop, step))
    if n == 0 {
        raise ValueError(f"empty range in randrange({start}, {stop}, {step})")
    }
    return start + step * int(randint(0, n))
}

# k items drawn with replacement, by weights (relative or cumulative).
def random_choices(population, weights=None, *, cum_weights=None, k=1) {
    items = list(population)
    n = len(items)
    if n == 0 {
        raise IndexError("Cannot choose from an empty sequence")
    }
    if weights is not None and cum_weights is not None {
        raise TypeError("Cannot specify both weights and cumulative weights")
    }
    if weights is None and cum_weights is None {
        return [items[int(randint(0, n))] for _ in range(k)]
    }
    if cum_weights is None {
        cum_weights = []
        total = 0
        for w in weights {
            total += w
            cum_weights.append(total)
        }
    }
    if len(cum_weights) != n {
        raise ValueError("The number of weights does not match the population")
    }
    total = cum_weights[-1]
    out = []
    for _ in range(k) {
        x = rand() * total
        i = 0
        while i < n - 1 and cum_weights[i] <= x {
            i += 1
        }
        out.append(items[i])
    }
    return out
}
