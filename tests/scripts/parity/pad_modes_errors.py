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
attempt(lambda: np.pad(np.array([1, 2]), -1))
attempt(lambda: np.pad(np.array([1, 2]), 1, mode='bogus'))
attempt(lambda: np.pad(np.arange(4).reshape(2, 2), ((1, 1), (1, 1), (1, 1))))
attempt(lambda: np.pad(np.array([], dtype=int), 1, mode='reflect'))
attempt(lambda: np.pad(np.array([], dtype=int), 1, mode='edge'))
attempt(lambda: np.pad(np.array([1, 2]), 1, mode='edge', constant_values=3))
