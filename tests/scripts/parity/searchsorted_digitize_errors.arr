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
attempt(lambda: np.searchsorted(np.array([1, 2]), 1, side='middle'))
attempt(lambda: np.searchsorted(np.array([[1, 2]]), 1))
attempt(lambda: np.digitize(np.array([1, 2]), np.array([1, 3, 2])))
attempt(lambda: np.digitize(np.array([1, 2]), np.array([[1, 3]])))
attempt(lambda: np.searchsorted(np.array([1, 2]), 1, sorter=np.array([0])))
