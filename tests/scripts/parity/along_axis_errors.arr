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


a = np.array([[30, 10, 20], [60, 50, 40]])
attempt(lambda: np.take_along_axis(a, np.array([0, 1]), axis=1))
attempt(lambda: np.take_along_axis(a, np.array([[0.0, 1.0]]), axis=1))
attempt(lambda: np.take_along_axis(a, np.array([[5], [0]]), axis=1))
attempt(lambda: np.take_along_axis(a, np.array([[0], [0]]), axis=2))
attempt(lambda: np.take_along_axis(a, np.array([[0, 1]]), axis=None))
attempt(lambda: np.put_along_axis(a, np.array([[9], [0]]), 1, axis=1))
attempt(lambda: np.put_along_axis(a, np.array([0, 1]), 1, axis=1))
