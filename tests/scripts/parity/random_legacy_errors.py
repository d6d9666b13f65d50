import numpy as np
def attempt(f):
    try:
        f()
        print("no error")
    except ValueError:
        print("ValueError")
    except TypeError:
        print("TypeError")
    except IndexError:
        print("IndexError")
attempt(lambda: np.random.seed(-1))
attempt(lambda: np.random.seed(2**32))
attempt(lambda: np.random.seed(1.5))
attempt(lambda: np.random.seed([]))
attempt(lambda: np.random.randint(5, 5))
attempt(lambda: np.random.randint(0))
attempt(lambda: np.random.normal(0, -1))
attempt(lambda: np.random.choice(5, 3, p=[0.5, 0.5, 0.5, 0, 0]))
attempt(lambda: np.random.choice(3, 3, p=[0.5, 0.5]))
attempt(lambda: np.random.choice(3, 4, replace=False))
attempt(lambda: np.random.choice(3, 2, p=[-0.5, 1.0, 0.5]))
attempt(lambda: np.random.choice(3, 2, replace=False, p=[0.0, 1.0, 0.0]))
attempt(lambda: np.random.choice([], 2))
attempt(lambda: np.random.choice(np.ones((2, 2)), 2))
attempt(lambda: np.random.permutation(np.array(3.0)))
np.random.seed(4294967295)
print(np.random.randint(0, 3, 5))
print(np.random.randint(7, 8, 3))
print(np.random.choice(0, 0))
print(np.random.rand(0), np.random.randn(2, 0).shape)
