import itertools

def fibonacci():
    a, b = 0, 1
    while True:
        print("step", a)
        yield a
        a, b = b, a + b

fib = fibonacci()
print("first", next(fib))
print(list(itertools.islice(fib, 3)))

def averager():
    total, n = 0, 0
    mean = None
    while True:
        x = yield mean
        total += x
        n += 1
        mean = total / n

avg = averager()
next(avg)
print(avg.send(10), avg.send(20))
print(list(zip(itertools.count(1), "ab")))
