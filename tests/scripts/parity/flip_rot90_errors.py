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
attempt(lambda: np.fliplr(np.array([1, 2, 3])))
attempt(lambda: np.flipud(np.array(3)))
attempt(lambda: np.flip(np.arange(6).reshape(2, 3), axis=2))
attempt(lambda: np.rot90(np.array([1, 2, 3])))
attempt(lambda: np.rot90(np.arange(6).reshape(2, 3), axes=(0, 0)))
attempt(lambda: np.rot90(np.arange(6).reshape(2, 3), axes=(0, 1, 2)))
