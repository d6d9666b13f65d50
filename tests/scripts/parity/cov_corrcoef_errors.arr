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


x = np.array([1.0, 2.0, 4.0])
attempt(lambda: np.cov(np.ones((2, 2, 2))))
attempt(lambda: np.cov(x, np.array([1.0, 2.0])))
attempt(lambda: np.corrcoef(np.ones((2, 2, 2))))
attempt(lambda: np.corrcoef(x, np.array([1.0, 2.0])))
attempt(lambda: np.cov(x, y=np.ones((2, 2, 2))))
