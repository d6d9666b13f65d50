# Endless generators and lazy itertools: only what is asked for is computed.
import itertools


def fibonacci() {
    a, b = 0, 1
    while True {
        yield a
        a, b = b, a + b
    }
}


for n in fibonacci() {
    if n > 200 {
        break
    }
    print(n, end=" ")
}
print()
print(list(itertools.islice(fibonacci(), 10)))
print(list(itertools.islice(fibonacci(), 5, 15, 3)))
print(list(itertools.takewhile(lambda x: x < 50, fibonacci())))
evens = (n for n in itertools.count() if n % 2 == 0)
print([next(evens) for _ in range(5)])
print(list(zip(itertools.count(1), "abc")))
print(list(zip("xyz", itertools.cycle((0, 1)))))
print(list(itertools.repeat("hi", 3)))
print(list(zip(range(4), itertools.repeat(7))))
for i, f in enumerate(fibonacci()) {
    if i == 6 {
        print("sixth fibonacci:", f)
        break
    }
}
c = itertools.count(10, 5)
print(next(c), next(c), next(c))
print(next(x for x in fibonacci() if x > 1000))
print(any(x > 30 for x in fibonacci()))
print(all(x < 30 for x in fibonacci()))
squares = map(lambda x: x * x, itertools.count())
print(next(squares), next(squares), next(squares))
odd = filter(lambda x: x % 2, fibonacci())
print([next(odd) for _ in range(6)])
it = iter(range(10))
print(list(zip(it, it)))
words = iter(["alpha", "beta", "gamma", "delta"])
first = next(words)
print(first, list(words))
print(list(itertools.chain("ab", itertools.islice(itertools.count(), 3))))
print(list(itertools.accumulate(itertools.islice(itertools.count(1), 6))))
print(list(itertools.dropwhile(lambda x: x < 3, itertools.islice(itertools.count(), 7))))
print(list(itertools.pairwise(itertools.islice(fibonacci(), 6))))
print(list(itertools.zip_longest("abc", range(5), fillvalue="-")))
print(list(itertools.compress(itertools.count(), (1, 0, 1, 1, 0, 1))))
for key, group in itertools.groupby("aaabccdd") {
    print(key, list(group))
}
