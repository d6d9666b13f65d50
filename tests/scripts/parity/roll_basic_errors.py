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
attempt(lambda: np.roll(np.arange(6).reshape(2, 3), 1, axis=2))
attempt(lambda: np.roll(np.arange(6).reshape(2, 3), 1, axis=-3))
attempt(lambda: np.roll(np.arange(6).reshape(2, 3), (1, 2, 3), axis=(0, 1)))
attempt(lambda: np.roll(np.arange(6), (1, 2)))
attempt(lambda: np.roll(np.arange(6), 1, axis=0.5))
