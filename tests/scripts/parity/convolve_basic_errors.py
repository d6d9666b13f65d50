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
attempt(lambda: np.convolve(np.array([], dtype=int), np.array([1, 2])))
attempt(lambda: np.convolve(np.array([1, 2]), np.array([], dtype=int)))
attempt(lambda: np.convolve(np.array([1, 2]), np.array([1, 2]), mode='bogus'))
attempt(lambda: np.convolve(np.array([[1, 2]]), np.array([1, 2])))
