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


a = np.array([[1.0, 7.0, 3.0], [10.0, 2.0, 6.0]])
attempt(lambda: np.quantile(a, 1.5))
attempt(lambda: np.quantile(a, [0.5, -0.1]))
attempt(lambda: np.percentile(a, 101))
attempt(lambda: np.percentile(a, 50, axis=2))
attempt(lambda: np.average(a, weights=np.array([1.0, 2.0])))
attempt(lambda: np.average(a, axis=1, weights=np.array([1.0, 2.0])))
attempt(lambda: np.ptp(a, axis=3))
attempt(lambda: np.ptp(np.array([])))
attempt(lambda: np.median(a, axis=-3))
