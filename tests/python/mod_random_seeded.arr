# random with a seed draws CPython's numbers: Mersenne Twister and
# CPython's algorithms for each function
import random
random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 100) for _ in range(10)])
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(-10, 10))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.choice("abcdefg"), random.choice(["red", "green", "blue"]))
print(random.sample(range(100), 5), random.sample(["a", "b", "c", "d"], 2))
print(random.sample(range(1000), 30))
print(random.choices(["x", "y", "z"], k=5), random.choices(["x", "y", "z"], weights=(5, 1, 1), k=6))
print(random.uniform(1.5, 2.5), random.triangular(0, 10, 3))
print(random.gauss(0, 1), random.gauss(0, 1), random.gauss(10, 2))
print(random.normalvariate(5, 2), random.expovariate(1.5), random.lognormvariate(0, 0.5))
print(random.getrandbits(8), random.getrandbits(64), random.getrandbits(100))
for s in (0, 1, 12345, 2**40 + 7, -3, 2**70) {
    random.seed(s)
    print(s, random.random(), random.randint(0, 10**6))
}
rng = random.Random(7)
other = random.Random(7)
print(rng.random() == other.random(), rng.randint(1, 6), rng.choice((1, 2, 3)))
random.seed(3.5)
print(random.random())
random.seed(99)
print(random.paretovariate(3), random.weibullvariate(1, 2), random.randint(10**20, 10**21))
