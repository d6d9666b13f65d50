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
attempt(lambda: np.copysign(np.array([1.0, 2.0]), np.array([1.0, 2.0, 3.0])))
attempt(lambda: np.copysign(np.ones((2, 3)), np.ones((3, 2))))
attempt(lambda: np.trunc(np.array(['a'])))
