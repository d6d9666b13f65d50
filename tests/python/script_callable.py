# __call__, callable objects, counters and decorators by hand
class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return sum(args)


class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x):
        return x * self.factor

    def __repr__(self):
        return f"Multiplier({self.factor})"


def logged(func):
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__} with {args} {kwargs}")
        result = func(*args, **kwargs)
        print(f"{func.__name__} returned {result!r}")
        return result
    return wrapper


@logged
def greet(name, greeting="Hello"):
    return f"{greeting}, {name}!"


c = Counter()
print(c(1, 2, 3), c(10), c())
print("calls:", c.calls)
double = Multiplier(2)
triple = Multiplier(3)
print(double(21), triple("ab"), list(map(double, range(5))))
print(callable(double), callable(42), callable(len))
pipeline = [double, triple, Multiplier(10)]
value = 1
for step in pipeline:
    value = step(value)
print(value, pipeline)
greet("World")
greet("Arr", greeting="Hi")

def make_accumulator(start=0):
    total = start
    def add(x):
        nonlocal total
        total += x
        return total
    return add

acc = make_accumulator(100)
print(acc(10), acc(20), acc(-5))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b, "pow": pow}
for name, fn in ops.items():
    print(name, fn(3, 4))
