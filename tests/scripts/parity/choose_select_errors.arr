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


c0 = np.array([0, 1, 2])
c1 = np.array([10, 11, 12])
x = np.arange(3)
attempt(lambda: np.choose(np.array([0, 2, 1]), [c0, c1]))
attempt(lambda: np.choose(np.array([0, -1, 1]), [c0, c1], mode='raise'))
attempt(lambda: np.choose(np.array([0, 1, 1]), [c0, np.array([1, 2])]))
attempt(lambda: np.choose(np.array([0, 1, 1]), [c0, c1], mode='bogus'))
attempt(lambda: np.select([x < 1, x > 1], [x]))
attempt(lambda: np.select([x], [x]))
attempt(lambda: np.piecewise(x, [x < 1], [1, 2, 3]))
