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
attempt(lambda: np.diag(np.zeros((2, 2, 2))))
attempt(lambda: np.diag(np.array(3)))
attempt(lambda: np.diag(np.arange(4).reshape(2, 2), k=10))
attempt(lambda: np.diagflat([1, 2], k=0))
