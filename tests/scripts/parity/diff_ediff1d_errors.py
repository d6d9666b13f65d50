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
attempt(lambda: np.diff(np.array(5)))
attempt(lambda: np.diff(np.array([1, 2]), n=-1))
attempt(lambda: np.diff(np.array([1, 2]), axis=1))
attempt(lambda: np.diff(np.array([[1, 2]]), prepend=np.array([1, 2])))
attempt(lambda: np.ediff1d(np.array([1, 2]), to_begin=1.5))
attempt(lambda: np.indices((2, -1)))
