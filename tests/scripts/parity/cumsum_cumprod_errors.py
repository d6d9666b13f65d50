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
attempt(lambda: np.cumsum(np.array([1, 2]), axis=1))
attempt(lambda: np.cumprod(np.arange(6).reshape(2, 3), axis=-3))
attempt(lambda: np.cumsum(np.array([1, 2]), axis=0.5))
