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
x = np.arange(6).reshape(2, 3)
attempt(lambda: np.tensordot(x, x, axes=1))
attempt(lambda: np.tensordot(x, x, axes=([0], [1])))
attempt(lambda: np.tensordot(x, x, axes=([0, 1], [0])))
attempt(lambda: np.tensordot(x, x, axes=3))
attempt(lambda: np.tensordot(x, x, axes=([2], [0])))
