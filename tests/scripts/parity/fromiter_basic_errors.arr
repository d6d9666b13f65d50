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
def gen3() {
    for i in range(3) {
        yield i
    }
}
attempt(lambda: np.fromiter(gen3(), dtype=int, count=5))
attempt(lambda: np.fromiter(range(3)))
attempt(lambda: np.fromiter(5, dtype=int))
attempt(lambda: np.fromiter(range(3), dtype=int, count=-2))
