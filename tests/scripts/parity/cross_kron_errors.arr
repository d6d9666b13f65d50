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
attempt(lambda: np.cross(np.array([1, 2, 3, 4]), np.array([1, 2, 3, 4])))
attempt(lambda: np.cross(np.array([1, 2, 3]), np.array([4, 5, 6]), axis=1))
attempt(lambda: np.cross(np.ones((2, 3)), np.ones((3, 3))))
attempt(lambda: np.trace(np.array([1, 2, 3])))
attempt(lambda: np.trace(np.eye(2), axis1=0, axis2=0))
attempt(lambda: np.trace(np.eye(2), axis1=0, axis2=2))
