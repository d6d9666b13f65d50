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


v = np.array([7, 2, 9, 4])
a = np.ones((2, 3))
attempt(lambda: np.lexsort((np.array([1, 2]), np.array([1, 2, 3]))))
attempt(lambda: np.sort(a, axis=2))
attempt(lambda: np.argsort(a, axis=-3))
attempt(lambda: np.partition(v, 4))
attempt(lambda: np.partition(v, -5))
attempt(lambda: np.argpartition(v, 10))
attempt(lambda: np.partition(v, 1.5))
