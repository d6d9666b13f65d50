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
attempt(lambda: np.logical_and(np.array([1, 0]), np.array([1, 0, 1])))
attempt(lambda: np.logical_or(np.ones((2, 3)), np.ones((3, 2))))
attempt(lambda: np.logical_xor(np.array([1])))
attempt(lambda: np.logical_not(np.array([1]), np.array([1]), np.array([1])))
