import numpy as np


def attempt(f) {
    try {
        f()
        print("no error")
    } except ValueError {
        print("ValueError")
    } except TypeError {
        print("TypeError")
    } except IndexError {
        print("IndexError")
    }
}


a = np.array([1, 2, 3])
attempt(lambda: np.broadcast_to(a, (2, 4)))
attempt(lambda: np.broadcast_to(a, (3,)))
attempt(lambda: np.broadcast_to(a, (-1, 3)))
attempt(lambda: np.broadcast_to(np.ones((2, 3)), (3,)))
attempt(lambda: np.broadcast_arrays(a, np.array([1, 2])))
attempt(lambda: np.broadcast_arrays(np.ones((2, 3)), np.ones((3, 2))))
