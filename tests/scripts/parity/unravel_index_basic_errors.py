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
attempt(lambda: np.unravel_index(42, (7, 6)))
attempt(lambda: np.unravel_index(-1, (7, 6)))
attempt(lambda: np.unravel_index(1.5, (7, 6)))
attempt(lambda: np.unravel_index(3, (7, 6), order='X'))
attempt(lambda: np.ravel_multi_index(([3], [1]), (3, 4)))
attempt(lambda: np.ravel_multi_index(([1], [1], [1]), (3, 4)))
attempt(lambda: np.ravel_multi_index(([3], [1]), (3, 4), mode='bogus'))
attempt(lambda: np.ravel_multi_index(([1, 2], [1, 2, 3]), (3, 4)))
