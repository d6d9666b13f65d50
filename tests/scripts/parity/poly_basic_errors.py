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


x = np.array([0.0, 1.0, 2.0])
attempt(lambda: np.polyfit(x, np.array([1.0, 2.0]), 1))
attempt(lambda: np.polyfit(x, x, -1))
attempt(lambda: np.polyfit(np.array([]), np.array([]), 1))
attempt(lambda: np.polyfit(np.ones((2, 2)), x, 1))
attempt(lambda: np.roots(np.ones((2, 2))))
