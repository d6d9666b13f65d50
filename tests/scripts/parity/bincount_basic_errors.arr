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
attempt(lambda: np.bincount(np.array([1, -1])))
attempt(lambda: np.bincount(np.array([1.0, 2.0])))
attempt(lambda: np.bincount(np.array([[1, 2]])))
attempt(lambda: np.bincount(np.array([1, 2]), weights=np.array([1.0])))
attempt(lambda: np.bincount(np.array([1, 2]), minlength=-1))
attempt(lambda: np.bincount(np.array(3)))
