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
a = np.array([[0, 1], [2, 0]])
attempt(lambda: np.count_nonzero(a, axis=2))
attempt(lambda: np.count_nonzero(a, axis=-3))
attempt(lambda: np.count_nonzero(a, axis=(0, 0)))
attempt(lambda: np.count_nonzero(a, axis=0.5))
