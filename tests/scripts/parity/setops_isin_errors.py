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
attempt(lambda: np.isin(np.array([1, 2]), np.array([1.5]), kind='table'))
attempt(lambda: np.isin(np.array([1, 2]), np.array([1]), kind='bogus'))
attempt(lambda: np.intersect1d(np.array([1, 2])))
attempt(lambda: np.setdiff1d(np.array([1, 2]), np.array([1]), True, 5))
