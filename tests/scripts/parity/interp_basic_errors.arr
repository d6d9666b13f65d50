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
attempt(lambda: np.interp(1.0, np.array([1.0, 2.0]), np.array([1.0])))
attempt(lambda: np.interp(1.0, np.array([], dtype=float), np.array([], dtype=float)))
attempt(lambda: np.interp(1.0, np.array([[1.0, 2.0]]), np.array([[1.0, 2.0]])))
attempt(lambda: np.interp(1.0, np.array([1.0, 2.0]), np.array([1.0, 2.0]), period=0))
