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
