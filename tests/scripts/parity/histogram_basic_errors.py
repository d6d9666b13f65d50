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


a = np.array([1.0, 2.0, 3.0])
attempt(lambda: np.histogram(a, bins=0))
attempt(lambda: np.histogram(a, bins=-2))
attempt(lambda: np.histogram(a, bins=np.array([3.0, 1.0, 2.0])))
attempt(lambda: np.histogram(a, range=(5.0, 1.0)))
attempt(lambda: np.histogram(a, weights=np.array([1.0, 2.0])))
attempt(lambda: np.histogram(a, bins=2.5))
